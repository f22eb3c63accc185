import { Module } from '@nestjs/common';
import { AuthController } from './auth.controller';
import { TwoFactorController } from './two-factor.controller';
import { UsersController } from './users.controller';

/** /auth/*, /auth/2fa/*, /users/me → identity. */
@Module({ controllers: [AuthController, TwoFactorController, UsersController] })
export class IdentityRoutesModule {}
