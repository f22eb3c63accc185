import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Public, VerifiedActor } from '@platter/auth';
import { EmailVerificationResent, ForgotPasswordRequest, ForgotPasswordResult, ResetPasswordRequest, ResetPasswordResult, RPC, VerifyEmailRequest, VerifyEmailResult } from '@platter/contracts';
import { RpcClient } from '@platter/messaging';
import { RequestId } from '../../http/request-params';
import { SuccessMessage } from '../../http/success-envelope';
import { RateLimit } from '../../rate-limit/rate-limit.decorator';
import { Authenticated } from '../common/access';
import { actorOf } from '../common/actor-of';

/** Password reset and email verification by emailed single-use links. */
@ApiTags('auth')
@Controller('auth')
export class AccountRecoveryController {
  constructor(private readonly rpc: RpcClient) {}

  @Post('forgot-password')
  @Public()
  @RateLimit('password_reset', 'ip')
  @HttpCode(200)
  @SuccessMessage('If an account uses this email, a reset link has been sent to it')
  @ApiOperation({ summary: 'Email a password-reset link (same answer whether or not the email has an account)' })
  forgotPassword(@Body() body: ForgotPasswordRequest, @RequestId() requestId: string): Promise<ForgotPasswordResult> {
    return this.rpc.call(RPC.identity.forgotPassword, { actor: null, data: body }, { correlationId: requestId });
  }

  @Post('reset-password')
  @Public()
  @HttpCode(200)
  @SuccessMessage('Password changed; log in with the new password')
  @ApiOperation({ summary: 'Set a new password with the reset link\'s token; unlocks the account and ends every session' })
  resetPassword(@Body() body: ResetPasswordRequest, @RequestId() requestId: string): Promise<ResetPasswordResult> {
    return this.rpc.call(RPC.identity.resetPassword, { actor: null, data: body }, { correlationId: requestId });
  }

  @Post('verify-email')
  @Public()
  @HttpCode(200)
  @SuccessMessage('Email verified')
  @ApiOperation({ summary: 'Verify the account\'s email with the verification link\'s token' })
  verifyEmail(@Body() body: VerifyEmailRequest, @RequestId() requestId: string): Promise<VerifyEmailResult> {
    return this.rpc.call(RPC.identity.verifyEmail, { actor: null, data: body }, { correlationId: requestId });
  }

  @Post('verify-email/resend')
  @Authenticated()
  @HttpCode(200)
  @SuccessMessage('A new verification link has been sent')
  @ApiOperation({ summary: 'Email a new verification link (earlier ones stop working); 422 once verified' })
  resendVerification(@CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<EmailVerificationResent> {
    return this.rpc.call(RPC.identity.resendEmailVerification, { actor: actorOf(actor), data: {} }, { correlationId: requestId });
  }
}
