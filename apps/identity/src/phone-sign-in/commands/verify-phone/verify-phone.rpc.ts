import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { CurrentUser, PhoneCodeData, PhoneCodeRequest, RPC, RpcRequest } from '@platter/contracts';
import { requireActor, validData, RpcEndpoint } from '@platter/service-kit';
import { VerifyPhoneService } from './verify-phone.service';

@Controller()
export class VerifyPhoneRpc {
  constructor(private readonly verifyPhone: VerifyPhoneService) {}

  @RpcEndpoint(RPC.identity.phoneVerify)
  verify(@Payload() req: RpcRequest<PhoneCodeData>): Promise<CurrentUser> {
    const actor = requireActor(req);
    return this.verifyPhone.verify(actor, validData(PhoneCodeRequest, req.data).code);
  }
}
