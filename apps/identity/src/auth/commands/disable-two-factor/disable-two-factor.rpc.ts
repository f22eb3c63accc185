import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { RPC, RpcRequest, TwoFactorCodeData, TwoFactorDisabledResult } from '@platter/contracts';
import { requireActor } from '@platter/service-kit';
import { DisableTwoFactorService } from './disable-two-factor.service';

@Controller()
export class DisableTwoFactorHandler {
  constructor(private readonly disableTwoFactor: DisableTwoFactorService) {}

  @MessagePattern(RPC.identity.twoFactorDisable)
  disable(@Payload() req: RpcRequest<TwoFactorCodeData>): Promise<TwoFactorDisabledResult> {
    return this.disableTwoFactor.disable(requireActor(req), req.data);
  }
}
