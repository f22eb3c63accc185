import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { EmailVerificationRequests } from './email-verification-requests';
import { OneTimeTokens } from './one-time-tokens';

/** The one-time tokens alone, so registration (AuthModule) can issue one without importing the recovery commands. */
@Module({
  imports: [AuditModule],
  providers: [OneTimeTokens, EmailVerificationRequests],
  exports: [OneTimeTokens, EmailVerificationRequests],
})
export class AccountTokensModule {}
