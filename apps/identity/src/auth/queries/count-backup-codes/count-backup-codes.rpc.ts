import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { BackupCodesRemaining, RPC, RpcRequest } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { requireActor, RpcEndpoint } from '@platter/service-kit';
import { TwoFactor } from '../../two-factor.entity';
import { SecondFactor } from '../../second-factor';

/** How many backup codes are left (the codes themselves are never shown again). */
@Controller()
export class CountBackupCodesRpc {
  constructor(
    private readonly tx: TransactionHost,
    private readonly secondFactor: SecondFactor,
  ) {}

  @RpcEndpoint(RPC.identity.backupCodesRemaining)
  async count(@Payload() req: RpcRequest<unknown>): Promise<BackupCodesRemaining> {
    const { user_id } = requireActor(req);
    const enrolment = await this.tx.repository(TwoFactor).findOneBy({ user_id });
    if (!enrolment?.enabled_at) return { enabled: false, remaining: 0 };
    return { enabled: true, remaining: await this.secondFactor.remainingBackupCodes(user_id) };
  }
}
