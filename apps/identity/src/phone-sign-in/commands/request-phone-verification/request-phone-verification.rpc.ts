import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { OtpSent, RPC, RpcRequest } from '@platter/contracts';
import { requireActor, RpcEndpoint } from '@platter/service-kit';
import { RequestPhoneVerificationService } from './request-phone-verification.service';

@Controller()
export class RequestPhoneVerificationRpc {
  constructor(private readonly requestPhoneVerification: RequestPhoneVerificationService) {}

  @RpcEndpoint(RPC.identity.phoneVerificationRequest)
  request(@Payload() req: RpcRequest<unknown>): Promise<OtpSent> {
    return this.requestPhoneVerification.request(requireActor(req));
  }
}
