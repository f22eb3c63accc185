import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { IdempotencyKeyPruner, TransactionHost } from '@platter/persistence';
import { REQUEST_KEYS } from './request-keys';

/** How often expired keys are pruned; the window itself is 24 hours (IDEMPOTENCY_KEY_RETENTION_HOURS). */
export const REQUEST_KEY_PRUNE_INTERVAL_MS = 15 * 60_000;

/** Deletes payments' Idempotency-Keys older than the replay window, batched, one replica at a time. */
@Injectable()
export class RequestKeyPruning implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly log = new Logger('RequestKeyPruning');
  readonly pruner: IdempotencyKeyPruner;

  constructor(tx: TransactionHost) {
    this.pruner = new IdempotencyKeyPruner(tx, REQUEST_KEYS);
  }

  onApplicationBootstrap(): void {
    this.pruner.start(REQUEST_KEY_PRUNE_INTERVAL_MS, (err) => this.log.warn(`pruning Idempotency-Keys failed: ${err.message}`));
  }

  onModuleDestroy(): void {
    this.pruner.stop();
  }
}
