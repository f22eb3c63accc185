import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { EmailVerificationRequests } from './email-verification-requests';
import { OneTimeTokenRepository } from './one-time-token.repository';
import { OneTimeTokens } from './one-time-tokens';
import { UserRepository } from '../users/user.repository';

/** The one-time tokens alone, so registration (AuthModule) can issue one without importing the recovery commands. */
@Module({
  imports: [AuditModule],
  providers: [OneTimeTokenRepository, UserRepository, OneTimeTokens, EmailVerificationRequests],
  exports: [OneTimeTokenRepository, OneTimeTokens, EmailVerificationRequests],
})
export class AccountTokensModule {}
