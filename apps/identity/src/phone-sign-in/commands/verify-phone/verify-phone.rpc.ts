import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { CurrentUser, RPC, RpcRequest } from '@platter/contracts';
import { requireActor, validData, RpcEndpoint } from '@platter/service-kit';
import { Matches } from 'class-validator';
import { VerifyPhoneService } from './verify-phone.service';

class VerifyPhoneRequest {
  @Matches(/^\d{6}$/, { message: 'code must be six digits' })
  code: string;
}

@Controller()
export class VerifyPhoneRpc {
  constructor(private readonly verifyPhone: VerifyPhoneService) {}

  @RpcEndpoint(RPC.identity.phoneVerify)
  verify(@Payload() req: RpcRequest<{ code: string }>): Promise<CurrentUser> {
    const actor = requireActor(req);
    return this.verifyPhone.verify(actor, validData(VerifyPhoneRequest, req.data).code);
  }
}
