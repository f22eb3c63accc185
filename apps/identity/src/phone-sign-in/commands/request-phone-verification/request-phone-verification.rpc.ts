import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { RPC, RpcRequest } from '@platter/contracts';
import { requireActor } from '@platter/service-kit';
import { RequestPhoneVerificationService } from './request-phone-verification.service';

@Controller()
export class RequestPhoneVerificationHandler {
  constructor(private readonly requestPhoneVerification: RequestPhoneVerificationService) {}

  @MessagePattern(RPC.identity.phoneVerificationRequest)
  request(@Payload() req: RpcRequest<unknown>): Promise<{ sent: true; expires_in: number }> {
    return this.requestPhoneVerification.request(requireActor(req));
  }
}
