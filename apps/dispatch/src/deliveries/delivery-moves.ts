import { Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource, QueryRunner } from 'typeorm';
import { TransactionHost } from '@platter/persistence';

type Listener = (driverId: string) => void;

/**
 * In-process notice that a driver's deliveries changed (DeliveryMover calls `changed`), for caches
 * such as the location pipeline's active deliveries. Listeners hear it at once and again after the
 * transaction commits, so a cache refilled in between (from the not yet committed state) is cleared.
 */
@Injectable()
export class DeliveryMoves implements OnModuleInit {
  private readonly listeners: Listener[] = [];
  private readonly pending = new WeakMap<QueryRunner, Set<string>>();

  constructor(
    private readonly tx: TransactionHost,
    private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.dataSource.subscribers.push({
      afterTransactionCommit: (event: { queryRunner: QueryRunner }) => {
        const drivers = this.pending.get(event.queryRunner);
        if (!drivers) return;
        this.pending.delete(event.queryRunner);
        for (const id of drivers) this.notify(id);
      },
      afterTransactionRollback: (event: { queryRunner: QueryRunner }) => {
        this.pending.delete(event.queryRunner);
      },
    });
  }

  subscribe(listener: Listener): void {
    this.listeners.push(listener);
  }

  changed(driverId: string | null | undefined): void {
    if (!driverId) return;
    this.notify(driverId);
    const runner = this.tx.inTransaction ? this.tx.manager.queryRunner : undefined;
    if (!runner) return;
    let set = this.pending.get(runner);
    if (!set) this.pending.set(runner, (set = new Set()));
    set.add(driverId);
  }

  private notify(driverId: string): void {
    for (const l of this.listeners) l(driverId);
  }
}
