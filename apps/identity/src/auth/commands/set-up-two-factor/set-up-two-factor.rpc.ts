import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { RPC, RpcRequest, TwoFactorSetupResult } from '@platter/contracts';
import { requireActor, RpcEndpoint } from '@platter/service-kit';
import { SetUpTwoFactorService } from './set-up-two-factor.service';

@Controller()
export class SetUpTwoFactorRpc {
  constructor(private readonly setUpTwoFactor: SetUpTwoFactorService) {}

  @RpcEndpoint(RPC.identity.twoFactorSetup)
  setUp(@Payload() req: RpcRequest<unknown>): Promise<TwoFactorSetupResult> {
    return this.setUpTwoFactor.setUp(requireActor(req));
  }
}
