import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { RPC, RpcRequest, TotpCodeRequest, TwoFactorCodeData, TwoFactorEnabledResult } from '@platter/contracts';
import { requireActor, RpcEndpoint, validData } from '@platter/service-kit';
import { EnableTwoFactorService } from './enable-two-factor.service';

@Controller()
export class EnableTwoFactorRpc {
  constructor(private readonly enableTwoFactor: EnableTwoFactorService) {}

  @RpcEndpoint(RPC.identity.twoFactorVerify)
  enable(@Payload() req: RpcRequest<TwoFactorCodeData>): Promise<TwoFactorEnabledResult> {
    return this.enableTwoFactor.enable(requireActor(req), validData(TotpCodeRequest, req.data));
  }
}
