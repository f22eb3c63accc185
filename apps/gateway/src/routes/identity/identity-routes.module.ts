import { Module } from '@nestjs/common';
import { AdminUsersController } from './admin-users.controller';
import { AuthController } from './auth.controller';
import { TwoFactorController } from './two-factor.controller';
import { UsersController } from './users.controller';
import { WellKnownController } from './well-known.controller';

/** /auth/*, /auth/2fa/*, /users/me, /admin/users* and /.well-known/jwks.json → identity. */
@Module({ controllers: [AuthController, TwoFactorController, UsersController, AdminUsersController, WellKnownController] })
export class IdentityRoutesModule {}
