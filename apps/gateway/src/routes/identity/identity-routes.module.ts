import { Module } from '@nestjs/common';
import { AccountRecoveryController } from './account-recovery.controller';
import { AdminUsersController } from './admin-users.controller';
import { AuditLogController } from './audit-log.controller';
import { AuthController } from './auth.controller';
import { OidcController } from './oidc.controller';
import { GuestSessionsController } from './guest-sessions.controller';
import { PhoneSignInController } from './phone-sign-in.controller';
import { RestaurantStaffController } from './restaurant-staff.controller';
import { SigningKeysController } from './signing-keys.controller';
import { TwoFactorController } from './two-factor.controller';
import { UsersController } from './users.controller';
import { WellKnownController } from './well-known.controller';

/** /auth/*, /auth/2fa/*, /guest/session*, /users/me, /admin/users*, /admin/audit-log, /restaurant/staff* and /.well-known/jwks.json → identity. */
@Module({ controllers: [RestaurantStaffController, PhoneSignInController, AuthController, OidcController, AccountRecoveryController, GuestSessionsController, TwoFactorController, UsersController, AdminUsersController, AuditLogController, SigningKeysController, WellKnownController] })
export class IdentityRoutesModule {}
