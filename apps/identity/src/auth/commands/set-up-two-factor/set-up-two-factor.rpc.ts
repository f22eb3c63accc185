import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { RPC, RpcRequest, TwoFactorSetupResult } from '@platter/contracts';
import { requireActor } from '@platter/service-kit';
import { SetUpTwoFactorService } from './set-up-two-factor.service';

@Controller()
export class SetUpTwoFactorHandler {
  constructor(private readonly setUpTwoFactor: SetUpTwoFactorService) {}

  @MessagePattern(RPC.identity.twoFactorSetup)
  setUp(@Payload() req: RpcRequest<unknown>): Promise<TwoFactorSetupResult> {
    return this.setUpTwoFactor.setUp(requireActor(req));
  }
}
