import { Module } from '@nestjs/common';
import { AccountTokensModule } from '../account-recovery/account-tokens.module';
import { AuditModule } from '../audit/audit.module';
import { IdentityConfig } from '../identity.config';
import { GuestsModule } from '../guests/guests.module';
import { SigningKeysModule } from '../signing-keys/signing-keys.module';
import { DisableTwoFactorRpc } from './commands/disable-two-factor/disable-two-factor.rpc';
import { DisableTwoFactorService } from './commands/disable-two-factor/disable-two-factor.service';
import { EnableTwoFactorRpc } from './commands/enable-two-factor/enable-two-factor.rpc';
import { EnableTwoFactorService } from './commands/enable-two-factor/enable-two-factor.service';
import { LogInRpc } from './commands/log-in/log-in.rpc';
import { LogInService } from './commands/log-in/log-in.service';
import { LogOutRpc } from './commands/log-out/log-out.rpc';
import { LogOutService } from './commands/log-out/log-out.service';
import { RefreshSessionRpc } from './commands/refresh-session/refresh-session.rpc';
import { RefreshSessionService } from './commands/refresh-session/refresh-session.service';
import { RegenerateBackupCodesRpc } from './commands/regenerate-backup-codes/regenerate-backup-codes.rpc';
import { RegenerateBackupCodesService } from './commands/regenerate-backup-codes/regenerate-backup-codes.service';
import { RegisterUserRpc } from './commands/register-user/register-user.rpc';
import { RegisterUserService } from './commands/register-user/register-user.service';
import { SetUpTwoFactorRpc } from './commands/set-up-two-factor/set-up-two-factor.rpc';
import { SetUpTwoFactorService } from './commands/set-up-two-factor/set-up-two-factor.service';
import { PasswordHasher } from './domain/password-hasher';
import { CountBackupCodesRpc } from './queries/count-backup-codes/count-backup-codes.rpc';
import { GetJwksRpc } from './queries/get-jwks/get-jwks.rpc';
import { LoginAttempts } from './login-attempts';
import { LoginLockRepository } from './login-lock.repository';
import { UnlockAccountRpc } from './commands/unlock-account/unlock-account.rpc';
import { UnlockAccountService } from './commands/unlock-account/unlock-account.service';
import { SecondFactor } from './second-factor';
import { SecondFactorRepository } from './second-factor.repository';
import { SignInGate } from './sign-in-gate';
import { UnverifiedAccountClaim } from '../users/unverified-account-claim';
import { UserIdentityRepository } from '../oidc/user-identity.repository';
import { PhoneCodeRepository } from '../phone-sign-in/phone-code.repository';
import { UserRepository } from '../users/user.repository';
import { SecurityAlerts } from './security-alerts';
import { SessionRepository } from './session.repository';
import { SessionTokens } from './session-tokens';
import { AccessRevocations } from './access-revocations';

@Module({
  imports: [AuditModule, SigningKeysModule, GuestsModule, AccountTokensModule],
  controllers: [
    RegisterUserRpc,
    LogInRpc,
    RefreshSessionRpc,
    LogOutRpc,
    GetJwksRpc,
    SetUpTwoFactorRpc,
    EnableTwoFactorRpc,
    DisableTwoFactorRpc,
    RegenerateBackupCodesRpc,
    CountBackupCodesRpc,
    UnlockAccountRpc,
  ],
  providers: [
    {
      provide: PasswordHasher,
      inject: [IdentityConfig],
      useFactory: (c: IdentityConfig) => new PasswordHasher({ memoryCost: c.ARGON2_MEMORY_KIB, timeCost: c.ARGON2_TIME_COST, parallelism: c.ARGON2_PARALLELISM }),
    },
    UserRepository,
    SessionRepository,
    SecondFactorRepository,
    SessionTokens,
    AccessRevocations,
    SecondFactor,
    SignInGate,
    UnverifiedAccountClaim,
    // What the claim clears besides this module's own tables: linked identities, texted codes.
    UserIdentityRepository,
    PhoneCodeRepository,
    LoginAttempts,
    LoginLockRepository,
    UnlockAccountService,
    SecurityAlerts,
    RegisterUserService,
    LogInService,
    RefreshSessionService,
    LogOutService,
    SetUpTwoFactorService,
    EnableTwoFactorService,
    DisableTwoFactorService,
    RegenerateBackupCodesService,
  ],
  exports: [PasswordHasher, UserRepository, SessionTokens, LoginAttempts, SecondFactor, SignInGate, UnverifiedAccountClaim],
})
export class AuthModule {}
