import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { BackupCodesRemaining, RPC, RpcRequest } from '@platter/contracts';
import { requireActor, RpcEndpoint } from '@platter/service-kit';
import { SecondFactor } from '../../second-factor';

/** How many backup codes are left (the codes themselves are never shown again). */
@Controller()
export class CountBackupCodesRpc {
  constructor(private readonly secondFactor: SecondFactor) {}

  @RpcEndpoint(RPC.identity.backupCodesRemaining)
  async count(@Payload() req: RpcRequest<unknown>): Promise<BackupCodesRemaining> {
    const { user_id } = requireActor(req);
    if (!(await this.secondFactor.isEnabled(user_id))) return { enabled: false, remaining: 0 };
    return { enabled: true, remaining: await this.secondFactor.remainingBackupCodes(user_id) };
  }
}
