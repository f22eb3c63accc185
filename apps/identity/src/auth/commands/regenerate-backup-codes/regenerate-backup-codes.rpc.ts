import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { BackupCodesIssued, RPC, RpcRequest, TwoFactorCodeData } from '@platter/contracts';
import { requireActor } from '@platter/service-kit';
import { RegenerateBackupCodesService } from './regenerate-backup-codes.service';

@Controller()
export class RegenerateBackupCodesHandler {
  constructor(private readonly regenerateBackupCodes: RegenerateBackupCodesService) {}

  @MessagePattern(RPC.identity.backupCodesRegenerate)
  regenerate(@Payload() req: RpcRequest<TwoFactorCodeData>): Promise<BackupCodesIssued> {
    return this.regenerateBackupCodes.regenerate(requireActor(req), req.data);
  }
}
