import { MESSAGING_MIGRATIONS } from '@platter/messaging';
import { CreateIdentityTables1700000001000 } from './1700000001000-create-identity-tables';
import { CreateTwoFactorTables1700000002000 } from './1700000002000-create-two-factor-tables';
import { AddAuditDetailAndUserIndexes1700000003000 } from './1700000003000-add-audit-detail-and-user-indexes';
import { AddLoginLockout1700000004000 } from './1700000004000-add-login-lockout';
import { CreateOneTimeTokens1700000005000 } from './1700000005000-create-one-time-tokens';
import { CreateGuestSessions1700000006000 } from './1700000006000-create-guest-sessions';
import { CreateOidcTables1700000007000 } from './1700000007000-create-oidc-tables';
import { EncryptPhoneAndAddAccountDeletion1700000008000 } from './1700000008000-encrypt-phone-and-add-account-deletion';
import { AddSigningKeyStates1700000009000 } from './1700000009000-add-signing-key-states';
import { AddSessionRestaurant1700000010000 } from './1700000010000-add-session-restaurant';
import { CreatePhoneOtps1700000011000 } from './1700000011000-create-phone-otps';
import { EncryptGuestContact1700000012000 } from './1700000012000-encrypt-guest-contact';
import { AddPhoneVerification1700000013000 } from './1700000013000-add-phone-verification';
import { AddUserBirthday1700000014000 } from './1700000014000-add-user-birthday';
import { AddLoginSourceLocks1700000015000 } from './1700000015000-add-login-source-locks';
import { UnlockTokensAsOneTimeTokens1700000016000 } from './1700000016000-unlock-tokens-as-one-time-tokens';

/** In timestamp order (TypeORM runs pending ones sorted anyway). */
export const identityMigrations = [
  ...MESSAGING_MIGRATIONS,
  CreateIdentityTables1700000001000,
  CreateTwoFactorTables1700000002000,
  AddAuditDetailAndUserIndexes1700000003000,
  AddLoginLockout1700000004000,
  CreateOneTimeTokens1700000005000,
  CreateGuestSessions1700000006000,
  CreateOidcTables1700000007000,
  EncryptPhoneAndAddAccountDeletion1700000008000,
  AddSigningKeyStates1700000009000,
  AddSessionRestaurant1700000010000,
  CreatePhoneOtps1700000011000,
  EncryptGuestContact1700000012000,
  AddPhoneVerification1700000013000,
  AddUserBirthday1700000014000,
  AddLoginSourceLocks1700000015000,
  UnlockTokensAsOneTimeTokens1700000016000,
];
