import { Injectable } from '@nestjs/common';
import { OrderView } from '@platter/contracts';
import { IdempotencyKeyTable, TransactionHost } from '@platter/persistence';

const KEYS = new IdempotencyKeyTable('idempotency_keys');

/**
 * Idempotency-Key bookkeeping, inside the placing transaction: a concurrent duplicate waits for the
 * first to commit, then replays its answer (see IdempotencyKeyTable).
 */
@Injectable()
export class IdempotencyKeys {
  constructor(private readonly tx: TransactionHost) {}

  /** Null when the key is ours to use; the first answer when the same request came before. */
  claim<T extends object = OrderView>(customerId: string, key: string, requestHash: string): Promise<T | null> {
    return KEYS.claim<T>(this.tx.manager, customerId, key, requestHash);
  }

  remember<T extends object = OrderView>(customerId: string, key: string, response: T): Promise<void> {
    return KEYS.remember(this.tx.manager, customerId, key, response);
  }
}
