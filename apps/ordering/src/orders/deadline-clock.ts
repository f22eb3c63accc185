import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@platter/persistence';
import { OrderStatus } from '@platter/contracts';
import { OrderingConfig } from '../../ordering.config';
import { restaurantSettings } from '../../replicas/restaurant-settings';
import { Order } from '../order.entity';
import { SagaTimings, refundDueAt, restaurantTimings, sagaTimings, stepDueAt } from './saga-deadlines';

/** The saga's deadlines for an order entering a status: the platform's timings, a restaurant's own where it set them. */
@Injectable()
export class SagaClock {
  readonly timings: SagaTimings;

  constructor(
    private readonly tx: TransactionHost,
    config: OrderingConfig,
  ) {
    this.timings = sagaTimings(config);
  }

  /** step_due_at for `order` entering `status` at `now` (a cancelled one waits for its refund, if any is due). */
  async dueAt(order: Order, status: OrderStatus, now: Date): Promise<Date | null> {
    if (status === 'cancelled') return refundDueAt(order, now, this.timings);
    if (status !== 'confirmed' && status !== 'preparing') return stepDueAt(status, now, this.timings);
    const settings = await restaurantSettings(this.tx, order.restaurant_id);
    return stepDueAt(status, now, this.timings, restaurantTimings(settings));
  }
}
