import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { SigningKeysModule } from '../signing-keys/signing-keys.module';
import { LogInHandler } from './commands/log-in/log-in.handler';
import { LogInService } from './commands/log-in/log-in.service';
import { LogOutHandler } from './commands/log-out/log-out.handler';
import { LogOutService } from './commands/log-out/log-out.service';
import { RefreshSessionHandler } from './commands/refresh-session/refresh-session.handler';
import { RefreshSessionService } from './commands/refresh-session/refresh-session.service';
import { RegisterUserHandler } from './commands/register-user/register-user.handler';
import { RegisterUserService } from './commands/register-user/register-user.service';
import { PasswordHasher } from './domain/password-hasher';
import { GetJwksHandler } from './queries/get-jwks/get-jwks.handler';
import { SessionTokens } from './session-tokens';

@Module({
  imports: [AuditModule, SigningKeysModule],
  controllers: [RegisterUserHandler, LogInHandler, RefreshSessionHandler, LogOutHandler, GetJwksHandler],
  providers: [
    { provide: PasswordHasher, useValue: new PasswordHasher() },
    SessionTokens,
    RegisterUserService,
    LogInService,
    RefreshSessionService,
    LogOutService,
  ],
  exports: [PasswordHasher, SessionTokens],
})
export class AuthModule {}
