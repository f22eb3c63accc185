import { Module } from '@nestjs/common';
import { AuthController } from './auth.controller';
import { TwoFactorController } from './two-factor.controller';
import { UsersController } from './users.controller';
import { WellKnownController } from './well-known.controller';

/** /auth/*, /auth/2fa/*, /users/me and /.well-known/jwks.json → identity. */
@Module({ controllers: [AuthController, TwoFactorController, UsersController, WellKnownController] })
export class IdentityRoutesModule {}
