import { Injectable } from '@nestjs/common';
import { OrderStatus } from '@platter/contracts';
import { OrderingConfig } from '../ordering.config';
import { RestaurantConfigReplicaRepository } from '../replicas/restaurant-config-replica.repository';
import { restaurantSettings } from '../replicas/restaurant-settings';
import { OrderMoney, RestaurantTimings, SagaTimings, deadlineOf, restaurantTimings, usesRestaurantTimings } from './domain/order-deadlines';

export function sagaTimings(config: OrderingConfig): SagaTimings {
  return {
    paymentWindow: config.ORDER_PAYMENT_WINDOW_SECONDS,
    paymentCheckGrace: config.ORDER_PAYMENT_CHECK_GRACE_SECONDS,
    accept: config.ORDER_ACCEPT_TIMEOUT_SECONDS,
    preparationStart: config.ORDER_PREPARATION_START_SECONDS,
    preparation: config.ORDER_PREPARATION_SECONDS,
    ready: config.ORDER_READY_SECONDS,
    pickup: config.ORDER_PICKUP_SECONDS,
    delivery: config.ORDER_DELIVERY_SECONDS,
    refundWait: config.ORDER_REFUND_WAIT_SECONDS,
  };
}

/** The saga's deadlines for an order entering a status: the platform's timings, a restaurant's own where it set them. */
@Injectable()
export class DeadlineClock {
  readonly timings: SagaTimings;

  constructor(
    config: OrderingConfig,
    private readonly settings: RestaurantConfigReplicaRepository,
  ) {
    this.timings = sagaTimings(config);
  }

  /** The restaurant's own timings when a step into `status` reads them (else none are loaded). */
  async restaurantTimings(restaurantId: string, status: OrderStatus): Promise<RestaurantTimings> {
    if (!usesRestaurantTimings(status)) return {};
    return restaurantTimings(await restaurantSettings(this.settings, restaurantId));
  }

  /** step_due_at for `order` entering `status` at `now` (a cancelled one waits for its refund, if any is due). */
  async dueAt(order: OrderMoney & { restaurant_id: string }, status: OrderStatus, now: Date): Promise<Date | null> {
    return deadlineOf(order, status, now, this.timings, await this.restaurantTimings(order.restaurant_id, status));
  }
}
