import { TransactionHost } from '../transaction-host';
import { IDEMPOTENCY_KEY_RETENTION_HOURS, IdempotencyKeyTable } from './idempotency-key-table';

export interface IdempotencyKeyPruning {
  /** Keys older than this are deleted (the replay window). */
  retentionHours?: number;
  /** Keys deleted per transaction, so pruning never holds many row locks or a long transaction. */
  batch?: number;
}

/**
 * Deletes a service's Idempotency-Keys once they are older than the replay window, in batches of
 * one transaction each, one replica at a time (the table's prune advisory lock: a replica that
 * finds it taken leaves the round to the one holding it).
 */
export class IdempotencyKeyPruner {
  private timer: NodeJS.Timeout | null = null;
  private readonly retentionHours: number;
  private readonly batch: number;

  constructor(
    private readonly tx: TransactionHost,
    private readonly table: IdempotencyKeyTable,
    options: IdempotencyKeyPruning = {},
  ) {
    this.retentionHours = options.retentionHours ?? IDEMPOTENCY_KEY_RETENTION_HOURS;
    this.batch = options.batch ?? 1000;
  }

  /** Prunes until no expired key is left (or another replica is pruning); answers how many it deleted. */
  async pruneExpired(): Promise<number> {
    let total = 0;
    for (;;) {
      const deleted = await this.tx.outside(() => this.tx.run((manager) => this.table.pruneBatch(manager, this.retentionHours, this.batch)));
      if (deleted === null) return total;
      total += deleted;
      if (deleted < this.batch) return total;
    }
  }

  /** Prunes every `intervalMs` (0: never); failures go to `onError`, the next round tries again. */
  start(intervalMs: number, onError: (err: Error) => void): void {
    if (!intervalMs || this.timer) return;
    this.timer = setInterval(() => void this.pruneExpired().catch(onError), intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
