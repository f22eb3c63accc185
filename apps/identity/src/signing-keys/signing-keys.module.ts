import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { RotateSigningKeyRpc } from './commands/rotate-signing-key/rotate-signing-key.rpc';
import { RotateSigningKeyService } from './commands/rotate-signing-key/rotate-signing-key.service';
import { SigningKeyMaintenance } from './signing-key-maintenance';
import { SigningKeyRepository } from './signing-key.repository';
import { SigningKeys } from './signing-keys.service';

@Module({
  imports: [AuditModule],
  controllers: [RotateSigningKeyRpc],
  providers: [SigningKeyRepository, SigningKeys, SigningKeyMaintenance, RotateSigningKeyService],
  exports: [SigningKeys, SigningKeyMaintenance],
})
export class SigningKeysModule {}
