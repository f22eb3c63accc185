import { EventPublisher } from '@platter/messaging';
import { TransactionHost } from '@platter/persistence';
import { AuditLog } from '../audit/audit-log';
import { DisableTwoFactorService } from '../auth/commands/disable-two-factor/disable-two-factor.service';
import { EnableTwoFactorService } from '../auth/commands/enable-two-factor/enable-two-factor.service';
import { LogInService } from '../auth/commands/log-in/log-in.service';
import { LogOutService } from '../auth/commands/log-out/log-out.service';
import { RefreshSessionService } from '../auth/commands/refresh-session/refresh-session.service';
import { RegenerateBackupCodesService } from '../auth/commands/regenerate-backup-codes/regenerate-backup-codes.service';
import { RegisterUserService } from '../auth/commands/register-user/register-user.service';
import { SetUpTwoFactorService } from '../auth/commands/set-up-two-factor/set-up-two-factor.service';
import { PasswordHasher } from '../auth/domain/password-hasher';
import { LoginAttempts } from '../auth/login-attempts';
import { SecondFactor } from '../auth/second-factor';
import { SessionTokens } from '../auth/session-tokens';
import { IdentityConfig } from '../identity.config';
import { SigningKeys } from '../signing-keys/signing-keys.service';
import { ChangeUserStatusService } from '../users/commands/change-user-status/change-user-status.service';

/**
 * Identity's use cases wired over one TransactionHost as its Nest modules wire them, for medium
 * tests: a constructor change is made here once, not in every spec.
 */
export function identityServices(tx: TransactionHost, config: IdentityConfig = new IdentityConfig()) {
  const audit = new AuditLog(tx);
  const hasher = new PasswordHasher();
  const events = new EventPublisher(tx, 'identity');
  const keys = new SigningKeys(tx, config);
  const sessions = new SessionTokens(tx, keys, config);
  const attempts = new LoginAttempts(tx, config);
  const secondFactor = new SecondFactor(tx, audit);
  return {
    config, audit, hasher, events, keys, sessions, attempts, secondFactor,
    register: new RegisterUserService(tx, events, hasher, sessions, audit),
    logIn: new LogInService(tx, hasher, sessions, audit, secondFactor, attempts),
    refresh: new RefreshSessionService(tx, sessions, audit),
    logOut: new LogOutService(tx, sessions, audit),
    changeStatus: new ChangeUserStatusService(tx, events, sessions, audit, attempts),
    setUpTwoFactor: new SetUpTwoFactorService(tx, secondFactor),
    enableTwoFactor: new EnableTwoFactorService(tx, secondFactor, audit),
    disableTwoFactor: new DisableTwoFactorService(tx, secondFactor, audit),
    regenerateBackupCodes: new RegenerateBackupCodesService(tx, secondFactor, audit),
  };
}
