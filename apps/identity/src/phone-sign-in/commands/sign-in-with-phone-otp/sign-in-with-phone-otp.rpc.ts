import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { AuthResult, PhoneOtpSignInData, RPC, RpcRequest, SignInWithPhoneOtpRequest } from '@platter/contracts';
import { RpcEndpoint, validData } from '@platter/service-kit';
import { SignInWithPhoneOtpService } from './sign-in-with-phone-otp.service';

@Controller()
export class SignInWithPhoneOtpRpc {
  constructor(private readonly signInWithPhoneOtp: SignInWithPhoneOtpService) {}

  @RpcEndpoint(RPC.identity.phoneOtpSignIn)
  signIn(@Payload() req: RpcRequest<PhoneOtpSignInData>): Promise<AuthResult> {
    return this.signInWithPhoneOtp.signIn(validData(SignInWithPhoneOtpRequest, req.data));
  }
}
