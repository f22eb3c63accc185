import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { AuthResult, PhoneOtpSignInData, RPC, RpcRequest } from '@platter/contracts';
import { SignInWithPhoneOtpService } from './sign-in-with-phone-otp.service';

@Controller()
export class SignInWithPhoneOtpHandler {
  constructor(private readonly signInWithPhoneOtp: SignInWithPhoneOtpService) {}

  @MessagePattern(RPC.identity.phoneOtpSignIn)
  signIn(@Payload() req: RpcRequest<PhoneOtpSignInData>): Promise<AuthResult> {
    return this.signInWithPhoneOtp.signIn(req.data ?? ({} as PhoneOtpSignInData));
  }
}
