import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { OrderView } from '@platter/contracts';
import { IdempotencyKeyPruner, IdempotencyKeyTable, TransactionHost } from '@platter/persistence';

const KEYS = new IdempotencyKeyTable('idempotency_keys');

/** How often expired keys are pruned; the window itself is 24 hours (IDEMPOTENCY_KEY_RETENTION_HOURS). */
export const IDEMPOTENCY_KEY_PRUNE_INTERVAL_MS = 15 * 60_000;

/**
 * Idempotency-Key bookkeeping, inside the placing transaction: a concurrent duplicate waits for the
 * first to commit, then replays its answer (see IdempotencyKeyTable). Keys older than the replay
 * window are pruned in the background (batched, one replica at a time).
 */
@Injectable()
export class IdempotencyKeys implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly log = new Logger('IdempotencyKeys');
  readonly pruner: IdempotencyKeyPruner;

  constructor(private readonly tx: TransactionHost) {
    this.pruner = new IdempotencyKeyPruner(tx, KEYS);
  }

  /** Null when the key is ours to use; the first answer when the same request came before. */
  claim<T extends object = OrderView>(customerId: string, key: string, requestHash: string): Promise<T | null> {
    return KEYS.claim<T>(this.tx.manager, customerId, key, requestHash);
  }

  remember<T extends object = OrderView>(customerId: string, key: string, response: T): Promise<void> {
    return KEYS.remember(this.tx.manager, customerId, key, response);
  }

  onApplicationBootstrap(): void {
    this.pruner.start(IDEMPOTENCY_KEY_PRUNE_INTERVAL_MS, (err) => this.log.warn(`pruning Idempotency-Keys failed: ${err.message}`));
  }

  onModuleDestroy(): void {
    this.pruner.stop();
  }
}
