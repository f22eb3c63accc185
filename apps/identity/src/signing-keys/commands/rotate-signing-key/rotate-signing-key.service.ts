import { Injectable } from '@nestjs/common';
import { Actor, SigningKeyRotated } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { AuditLog } from '../../../audit/audit-log';
import { SigningKeys } from '../../signing-keys.service';

/** An admin's rotation: a new current key at once; tokens signed before keep working until they expire. */
@Injectable()
export class RotateSigningKeyService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly keys: SigningKeys,
    private readonly audit: AuditLog,
  ) {}

  rotate(admin: Actor): Promise<SigningKeyRotated> {
    return this.tx.run(async () => {
      const rotated = await this.keys.rotate();
      await this.audit.record({ action: 'signing-key.rotated', actorId: admin.user_id, target: rotated.kid, detail: `replaced ${rotated.previous_kid ?? 'nothing'}` });
      return {
        kid: rotated.kid,
        activated_at: rotated.activated_at.toISOString(),
        previous_kid: rotated.previous_kid,
        previous_published_until: rotated.previous_published_until?.toISOString() ?? null,
      };
    });
  }
}
