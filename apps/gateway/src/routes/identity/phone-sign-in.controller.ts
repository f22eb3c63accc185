import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@platter/auth';
import { AuthResult, OtpSent, RequestPhoneOtpRequest, RPC, SignInWithPhoneOtpRequest } from '@platter/contracts';
import { RpcClient } from '@platter/messaging';
import { RequestId } from '../../http/request-params';
import { SuccessMessage } from '../../http/success-envelope';
import { RateLimit } from '../../rate-limit/rate-limit.decorator';

/** Sign-in by a code texted to the account's phone (one-time code by SMS). */
@ApiTags('auth')
@Controller('auth/otp')
export class PhoneSignInController {
  constructor(private readonly rpc: RpcClient) {}

  @Post('request')
  @Public()
  @RateLimit('otp', { body: 'phone', as: 'phone' })
  @HttpCode(200)
  @SuccessMessage('If this number has an account, a code is on its way')
  @ApiOperation({ summary: 'Text a six-digit sign-in code (the same answer whether or not the number has an account)' })
  request(@Body() body: RequestPhoneOtpRequest, @RequestId() requestId: string): Promise<OtpSent> {
    return this.rpc.call(RPC.identity.phoneOtpRequest, { actor: null, data: body }, { correlationId: requestId });
  }

  @Post('verify')
  @Public()
  @RateLimit('login', 'ip')
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in with the texted code; 5 wrong guesses spend it and count toward the lockout' })
  verify(@Body() body: SignInWithPhoneOtpRequest, @RequestId() requestId: string): Promise<AuthResult> {
    return this.rpc.call(RPC.identity.phoneOtpSignIn, { actor: null, data: body }, { correlationId: requestId });
  }
}
