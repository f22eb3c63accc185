import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { BackupCodesIssued, RPC, RpcRequest, TotpCodeRequest, TwoFactorCodeData } from '@platter/contracts';
import { requireActor, RpcEndpoint, validData } from '@platter/service-kit';
import { RegenerateBackupCodesService } from './regenerate-backup-codes.service';

@Controller()
export class RegenerateBackupCodesRpc {
  constructor(private readonly regenerateBackupCodes: RegenerateBackupCodesService) {}

  @RpcEndpoint(RPC.identity.backupCodesRegenerate)
  regenerate(@Payload() req: RpcRequest<TwoFactorCodeData>): Promise<BackupCodesIssued> {
    return this.regenerateBackupCodes.regenerate(requireActor(req), validData(TotpCodeRequest, req.data));
  }
}
