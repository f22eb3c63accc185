import { Module } from '@nestjs/common';
import { PlatformModule } from '@platter/service-kit';
import { AccountRecoveryModule } from './account-recovery/account-recovery.module';
import { OneTimeToken } from './account-recovery/one-time-token.entity';
import { AdminBootstrapModule } from './admin-bootstrap/admin-bootstrap.module';
import { AuditEntry } from './audit/audit-entry.entity';
import { AuthModule } from './auth/auth.module';
import { BackupCode } from './auth/backup-code.entity';
import { RefreshToken } from './auth/refresh-token.entity';
import { Session } from './auth/session.entity';
import { TwoFactor } from './auth/two-factor.entity';
import { GuestSession } from './guests/guest-session.entity';
import { GuestsModule } from './guests/guests.module';
import { IdentityConfig } from './identity.config';
import { MembershipsModule } from './memberships/memberships.module';
import { RestaurantMembership } from './memberships/restaurant-membership.entity';
import { identityMigrations } from './migrations';
import { OauthAuthorization } from './oidc/oauth-authorization.entity';
import { OidcModule } from './oidc/oidc.module';
import { PhoneOtp } from './phone-sign-in/phone-otp.entity';
import { PhoneSignInModule } from './phone-sign-in/phone-sign-in.module';
import { UserIdentity } from './oidc/user-identity.entity';
import { SigningKeyRow } from './signing-keys/signing-key.entity';
import { User } from './users/user.entity';
import { userPii } from './users/user-pii';
import { UsersModule } from './users/users.module';

export const identityEntities = [User, Session, RefreshToken, SigningKeyRow, RestaurantMembership, AuditEntry, TwoFactor, BackupCode, GuestSession, UserIdentity, OauthAuthorization, OneTimeToken, PhoneOtp];

export function identityModule(config: IdentityConfig) {
  // Before anything reads or writes users.phone, migrations included.
  userPii.use(config.piiCipher);
  @Module({
    imports: [
      PlatformModule.forService({ service: 'identity', config, database: { entities: identityEntities, migrations: identityMigrations } }),
      AuthModule,
      AccountRecoveryModule,
      UsersModule,
      MembershipsModule,
      GuestsModule,
      OidcModule,
      PhoneSignInModule,
      AdminBootstrapModule,
    ],
  })
  class IdentityModule {}
  return IdentityModule;
}
