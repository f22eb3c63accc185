import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { EventPublisher } from '@platter/messaging';
import { TransactionHost } from '@platter/persistence';
import { OrderingConfig } from '../../../ordering.config';
import { overdueAction, overdueNote, refundableAmount, timeoutReason } from '../../domain/order-deadlines';
import { OrderAccess } from '../../order-access';
import { OrderRepository } from '../../order.repository';
import { OrderStatusChanger } from '../../order-status-changer';
import { Order } from '../../order.entity';

export type WatchdogOutcome = 'payment_check_requested' | 'cancelled' | 'flagged' | 'cleared' | 'skipped';

/**
 * Every replica runs one: each tick it lists overdue orders, then handles each in its own
 * transaction, locking it with FOR UPDATE SKIP LOCKED and checking again that it is still overdue,
 * so replicas racing for one order never both act (the loser skips it or finds it moved on).
 * Unpaid: payments is asked once to re-check its provider, then the order is cancelled
 * (payment_timeout). Unaccepted: cancelled (restaurant_timeout; payments refunds what it took).
 * Later steps and cancelled orders still awaiting their refund: flagged for admins, never cancelled.
 */
@Injectable()
export class SagaWatchdog implements OnApplicationShutdown {
  private readonly log = new Logger(SagaWatchdog.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  constructor(
    private readonly tx: TransactionHost,
    private readonly config: OrderingConfig,
    private readonly orders: OrderRepository,
    private readonly access: OrderAccess,
    private readonly statuses: OrderStatusChanger,
    private readonly events: EventPublisher,
  ) {}

  /** Called once the schema is migrated (runService's prepare), not as a lifecycle hook. */
  start(): void {
    const seconds = this.config.SAGA_WATCHDOG_INTERVAL_SECONDS;
    if (!seconds || this.timer) return;
    this.timer = setInterval(() => {
      // One sweep at a time per process: a slow one is not overlapped by the next tick.
      if (this.running) return;
      this.running = this.sweep()
        .catch((err: unknown) => this.log.warn(`saga watchdog sweep failed: ${(err as Error).message}`))
        .finally(() => (this.running = null));
    }, seconds * 1000);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  /** Handles every order overdue at `now`, a batch at a time; returns what happened to each. */
  async sweep(now = new Date()): Promise<Map<string, WatchdogOutcome>> {
    const outcomes = new Map<string, WatchdogOutcome>();
    for (let round = 0; round < 20; round++) {
      const ids = await this.overdueIds(now, outcomes);
      for (const id of ids) outcomes.set(id, await this.handle(id, now));
      if (ids.length < this.config.SAGA_WATCHDOG_BATCH) break;
    }
    return outcomes;
  }

  private overdueIds(now: Date, seen: Map<string, WatchdogOutcome>): Promise<string[]> {
    return this.orders.overdueIds(now, this.config.ORDER_PAYMENT_WINDOW_SECONDS, this.config.SAGA_WATCHDOG_BATCH, [...seen.keys()]);
  }

  /** One order, in its own transaction; an error is logged and the order is tried again next tick. */
  async handle(id: string, now: Date): Promise<WatchdogOutcome> {
    try {
      return await this.tx.run(async () => {
        const order = await this.orders.lockIfOverdue(id, now, this.config.ORDER_PAYMENT_WINDOW_SECONDS);
        if (!order) return 'skipped';
        return this.act(order, now);
      });
    } catch (err) {
      this.log.warn(`saga watchdog could not handle order ${id}: ${(err as Error).message}`);
      return 'skipped';
    }
  }

  private async act(order: Order, now: Date): Promise<WatchdogOutcome> {
    const grace = this.config.ORDER_PAYMENT_CHECK_GRACE_SECONDS;
    if (order.status === 'created' && !order.payment_check_requested_at && order.payment_method !== 'cash' && grace > 0) {
      // Maybe the money came and the answer was lost: payments asks its provider once more before we give up.
      await this.events.publish('order.payment-check-requested', { order_id: order.id });
      await this.orders.update(order, { payment_check_requested_at: now, step_due_at: new Date(now.getTime() + grace * 1000) });
      return 'payment_check_requested';
    }
    if (order.status === 'cancelled' && refundableAmount(order) === 0) {
      await this.orders.update(order, { step_due_at: null });
      return 'cleared';
    }
    if (order.status === 'delivered' || order.status === 'completed') {
      await this.orders.update(order, { step_due_at: null });
      return 'cleared';
    }
    if (overdueAction(order.status) === 'cancel') {
      const reason = timeoutReason(order.status);
      await this.statuses.change(order, { to: 'cancelled', actorId: null, restaurantOwnerId: await this.access.ownerOf(order), reason });
      this.log.log(`order ${order.id} cancelled: ${reason}`);
      return 'cancelled';
    }
    await this.orders.flag(order, overdueNote(order.status), now);
    this.log.warn(`order ${order.id} flagged: ${order.saga_note}`);
    return 'flagged';
  }
}
