import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { RPC, RpcRequest, TwoFactorCodeData, TwoFactorEnabledResult } from '@platter/contracts';
import { requireActor } from '@platter/service-kit';
import { EnableTwoFactorService } from './enable-two-factor.service';

@Controller()
export class EnableTwoFactorHandler {
  constructor(private readonly enableTwoFactor: EnableTwoFactorService) {}

  @MessagePattern(RPC.identity.twoFactorVerify)
  enable(@Payload() req: RpcRequest<TwoFactorCodeData>): Promise<TwoFactorEnabledResult> {
    return this.enableTwoFactor.enable(requireActor(req), req.data);
  }
}
