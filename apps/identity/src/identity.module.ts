import { Module } from '@nestjs/common';
import { PlatformModule } from '@platter/service-kit';
import { AdminBootstrapModule } from './admin-bootstrap/admin-bootstrap.module';
import { AuditEntry } from './audit/audit-entry.entity';
import { AuthModule } from './auth/auth.module';
import { BackupCode } from './auth/backup-code.entity';
import { RefreshToken } from './auth/refresh-token.entity';
import { Session } from './auth/session.entity';
import { TwoFactor } from './auth/two-factor.entity';
import { IdentityConfig } from './identity.config';
import { MembershipsModule } from './memberships/memberships.module';
import { RestaurantMembership } from './memberships/restaurant-membership.entity';
import { identityMigrations } from './migrations';
import { SigningKeyRow } from './signing-keys/signing-key.entity';
import { User } from './users/user.entity';
import { UsersModule } from './users/users.module';

export const identityEntities = [User, Session, RefreshToken, SigningKeyRow, RestaurantMembership, AuditEntry, TwoFactor, BackupCode];

export function identityModule(config: IdentityConfig) {
  @Module({
    imports: [
      PlatformModule.forService({ service: 'identity', config, database: { entities: identityEntities, migrations: identityMigrations } }),
      AuthModule,
      UsersModule,
      MembershipsModule,
      AdminBootstrapModule,
    ],
  })
  class IdentityModule {}
  return IdentityModule;
}
