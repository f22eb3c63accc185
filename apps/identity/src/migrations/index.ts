import { MessagingTables1700000000000 } from '@platter/messaging';
import { CreateIdentityTables1700000001000 } from './1700000001000-create-identity-tables';
import { CreateTwoFactorTables1700000002000 } from './1700000002000-create-two-factor-tables';
import { AddAuditDetailAndUserIndexes1700000003000 } from './1700000003000-add-audit-detail-and-user-indexes';
import { AddLoginLockout1700000004000 } from './1700000004000-add-login-lockout';

export const identityMigrations = [
  MessagingTables1700000000000,
  CreateIdentityTables1700000001000,
  CreateTwoFactorTables1700000002000,
  AddAuditDetailAndUserIndexes1700000003000,
  AddLoginLockout1700000004000,
];
