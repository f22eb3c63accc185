import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { RPC, RpcRequest, UnlockAccountData, UnlockAccountRequest, UnlockAccountResult } from '@platter/contracts';
import { RpcEndpoint, validData } from '@platter/service-kit';
import { UnlockAccountService } from './unlock-account.service';

@Controller()
export class UnlockAccountRpc {
  constructor(private readonly unlockAccount: UnlockAccountService) {}

  @RpcEndpoint(RPC.identity.unlockAccount)
  unlock(@Payload() req: RpcRequest<UnlockAccountData>): Promise<UnlockAccountResult> {
    return this.unlockAccount.unlock(validData(UnlockAccountRequest, req.data));
  }
}
