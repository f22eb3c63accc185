import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { AccountTokensModule } from './account-tokens.module';
import { RequestPasswordResetRpc } from './commands/request-password-reset/request-password-reset.rpc';
import { RequestPasswordResetService } from './commands/request-password-reset/request-password-reset.service';
import { ResendEmailVerificationRpc } from './commands/resend-email-verification/resend-email-verification.rpc';
import { ResendEmailVerificationService } from './commands/resend-email-verification/resend-email-verification.service';
import { ResetPasswordRpc } from './commands/reset-password/reset-password.rpc';
import { ResetPasswordService } from './commands/reset-password/reset-password.service';
import { VerifyEmailRpc } from './commands/verify-email/verify-email.rpc';
import { VerifyEmailService } from './commands/verify-email/verify-email.service';

/** Password reset and email verification by emailed single-use links. */
@Module({
  imports: [AuditModule, AuthModule, AccountTokensModule],
  controllers: [RequestPasswordResetRpc, ResetPasswordRpc, VerifyEmailRpc, ResendEmailVerificationRpc],
  providers: [RequestPasswordResetService, ResetPasswordService, VerifyEmailService, ResendEmailVerificationService],
})
export class AccountRecoveryModule {}
