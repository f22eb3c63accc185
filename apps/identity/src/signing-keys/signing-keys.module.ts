import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { RotateSigningKeyHandler } from './commands/rotate-signing-key/rotate-signing-key.handler';
import { RotateSigningKeyService } from './commands/rotate-signing-key/rotate-signing-key.service';
import { SigningKeyMaintenance } from './signing-key-maintenance';
import { SigningKeys } from './signing-keys.service';

@Module({
  imports: [AuditModule],
  controllers: [RotateSigningKeyHandler],
  providers: [SigningKeys, SigningKeyMaintenance, RotateSigningKeyService],
  exports: [SigningKeys, SigningKeyMaintenance],
})
export class SigningKeysModule {}
