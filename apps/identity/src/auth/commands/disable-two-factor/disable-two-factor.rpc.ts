import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { RPC, RpcRequest, TotpOrBackupCodeRequest, TwoFactorCodeData, TwoFactorDisabledResult } from '@platter/contracts';
import { requireActor, RpcEndpoint, validData } from '@platter/service-kit';
import { DisableTwoFactorService } from './disable-two-factor.service';

@Controller()
export class DisableTwoFactorRpc {
  constructor(private readonly disableTwoFactor: DisableTwoFactorService) {}

  @RpcEndpoint(RPC.identity.twoFactorDisable)
  disable(@Payload() req: RpcRequest<TwoFactorCodeData>): Promise<TwoFactorDisabledResult> {
    return this.disableTwoFactor.disable(requireActor(req), validData(TotpOrBackupCodeRequest, req.data));
  }
}
