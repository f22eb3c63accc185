import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { AccountTokensModule } from './account-tokens.module';
import { RequestPasswordResetHandler } from './commands/request-password-reset/request-password-reset.handler';
import { RequestPasswordResetService } from './commands/request-password-reset/request-password-reset.service';
import { ResendEmailVerificationHandler } from './commands/resend-email-verification/resend-email-verification.handler';
import { ResendEmailVerificationService } from './commands/resend-email-verification/resend-email-verification.service';
import { ResetPasswordHandler } from './commands/reset-password/reset-password.handler';
import { ResetPasswordService } from './commands/reset-password/reset-password.service';
import { VerifyEmailHandler } from './commands/verify-email/verify-email.handler';
import { VerifyEmailService } from './commands/verify-email/verify-email.service';

/** Password reset and email verification by emailed single-use links (issue 3). */
@Module({
  imports: [AuditModule, AuthModule, AccountTokensModule],
  controllers: [RequestPasswordResetHandler, ResetPasswordHandler, VerifyEmailHandler, ResendEmailVerificationHandler],
  providers: [RequestPasswordResetService, ResetPasswordService, VerifyEmailService, ResendEmailVerificationService],
})
export class AccountRecoveryModule {}
