import { Module } from '@nestjs/common';
import { AccountTokensModule } from '../account-recovery/account-tokens.module';
import { AuditModule } from '../audit/audit.module';
import { IdentityConfig } from '../identity.config';
import { GuestsModule } from '../guests/guests.module';
import { SigningKeysModule } from '../signing-keys/signing-keys.module';
import { DisableTwoFactorHandler } from './commands/disable-two-factor/disable-two-factor.handler';
import { DisableTwoFactorService } from './commands/disable-two-factor/disable-two-factor.service';
import { EnableTwoFactorHandler } from './commands/enable-two-factor/enable-two-factor.handler';
import { EnableTwoFactorService } from './commands/enable-two-factor/enable-two-factor.service';
import { LogInHandler } from './commands/log-in/log-in.handler';
import { LogInService } from './commands/log-in/log-in.service';
import { LogOutHandler } from './commands/log-out/log-out.handler';
import { LogOutService } from './commands/log-out/log-out.service';
import { RefreshSessionHandler } from './commands/refresh-session/refresh-session.handler';
import { RefreshSessionService } from './commands/refresh-session/refresh-session.service';
import { RegenerateBackupCodesHandler } from './commands/regenerate-backup-codes/regenerate-backup-codes.handler';
import { RegenerateBackupCodesService } from './commands/regenerate-backup-codes/regenerate-backup-codes.service';
import { RegisterUserHandler } from './commands/register-user/register-user.handler';
import { RegisterUserService } from './commands/register-user/register-user.service';
import { SetUpTwoFactorHandler } from './commands/set-up-two-factor/set-up-two-factor.handler';
import { SetUpTwoFactorService } from './commands/set-up-two-factor/set-up-two-factor.service';
import { PasswordHasher } from './domain/password-hasher';
import { CountBackupCodesHandler } from './queries/count-backup-codes/count-backup-codes.handler';
import { GetJwksHandler } from './queries/get-jwks/get-jwks.handler';
import { LoginAttempts } from './login-attempts';
import { SecondFactor } from './second-factor';
import { SignInGate } from './sign-in-gate';
import { UnverifiedAccountClaim } from '../users/unverified-account-claim';
import { SecurityAlerts } from './security-alerts';
import { SessionTokens } from './session-tokens';

@Module({
  imports: [AuditModule, SigningKeysModule, GuestsModule, AccountTokensModule],
  controllers: [
    RegisterUserHandler,
    LogInHandler,
    RefreshSessionHandler,
    LogOutHandler,
    GetJwksHandler,
    SetUpTwoFactorHandler,
    EnableTwoFactorHandler,
    DisableTwoFactorHandler,
    RegenerateBackupCodesHandler,
    CountBackupCodesHandler,
  ],
  providers: [
    {
      provide: PasswordHasher,
      inject: [IdentityConfig],
      useFactory: (c: IdentityConfig) => new PasswordHasher({ memoryCost: c.ARGON2_MEMORY_KIB, timeCost: c.ARGON2_TIME_COST, parallelism: c.ARGON2_PARALLELISM }),
    },
    SessionTokens,
    SecondFactor,
    SignInGate,
    UnverifiedAccountClaim,
    LoginAttempts,
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
  exports: [PasswordHasher, SessionTokens, LoginAttempts, SecondFactor, SignInGate, UnverifiedAccountClaim],
})
export class AuthModule {}
