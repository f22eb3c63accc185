import { Injectable, Logger } from '@nestjs/common';
import { EntitySubscriberInterface, QueryRunner, TransactionCommitEvent, TransactionRollbackEvent } from 'typeorm';
import { TransactionHost } from '@platter/persistence';

type Callback = () => Promise<unknown> | unknown;

/**
 * Work that must wait until the current transaction has committed (calling a provider about a
 * payment that is only then visible, or that may still roll back). Outside a transaction the work
 * runs at once. The work runs detached from the commit: its failures are logged, never thrown, so
 * whatever it does must be safe to retry by a sweeper.
 */
@Injectable()
export class AfterCommit implements EntitySubscriberInterface {
  private readonly log = new Logger('AfterCommit');
  private readonly pending = new WeakMap<QueryRunner, Callback[]>();

  constructor(private readonly tx: TransactionHost) {
    tx.dataSource.subscribers.push(this);
  }

  run(callback: Callback): void {
    const runner = this.tx.inTransaction ? this.tx.manager.queryRunner : undefined;
    if (!runner || !runner.isTransactionActive) {
      this.detach(callback);
      return;
    }
    const list = this.pending.get(runner) ?? [];
    list.push(callback);
    this.pending.set(runner, list);
  }

  afterTransactionCommit(event: TransactionCommitEvent): void {
    const runner = event.queryRunner;
    // A savepoint release is not the outer commit.
    if (runner.isTransactionActive) return;
    const list = this.pending.get(runner);
    if (!list) return;
    this.pending.delete(runner);
    for (const callback of list) this.detach(callback);
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    if (!event.queryRunner.isTransactionActive) this.pending.delete(event.queryRunner);
  }

  private detach(callback: Callback): void {
    // Deferred work must not inherit the finished transaction (and its released connection).
    this.tx.outside(() =>
      setImmediate(() => {
        Promise.resolve()
          .then(callback)
          .catch((err: Error) => this.log.warn(`after-commit work failed: ${err.message}`));
      }),
    );
  }
}
