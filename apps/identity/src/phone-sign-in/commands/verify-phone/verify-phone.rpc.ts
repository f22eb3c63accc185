import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { CurrentUser, RPC, RpcRequest } from '@platter/contracts';
import { requireActor, validData } from '@platter/service-kit';
import { Matches } from 'class-validator';
import { VerifyPhoneService } from './verify-phone.service';

class VerifyPhoneRequest {
  @Matches(/^\d{6}$/, { message: 'code must be six digits' })
  code: string;
}

@Controller()
export class VerifyPhoneHandler {
  constructor(private readonly verifyPhone: VerifyPhoneService) {}

  @MessagePattern(RPC.identity.phoneVerify)
  verify(@Payload() req: RpcRequest<{ code: string }>): Promise<CurrentUser> {
    const actor = requireActor(req);
    return this.verifyPhone.verify(actor, validData(VerifyPhoneRequest, req.data).code);
  }
}
