import { Module } from '@nestjs/common';
import { AuthController } from './auth.controller';
import { UsersController } from './users.controller';

/** /auth/*, /users/me → identity. */
@Module({ controllers: [AuthController, UsersController] })
export class IdentityRoutesModule {}
