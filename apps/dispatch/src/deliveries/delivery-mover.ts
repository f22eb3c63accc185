import { Injectable } from '@nestjs/common';
import { DeliveryStatus, DeliveryStatusChange } from '@platter/contracts';
import { EventPublisher } from '@platter/messaging';
import { TransactionHost } from '@platter/persistence';
import { DispatchConfig } from '../dispatch.config';
import { Driver } from '../drivers/driver.entity';
import { Delivery } from './delivery.entity';
import { estimatedArrival, pointOf } from './eta';

const STAMP: Record<DeliveryStatus, keyof Delivery | null> = {
  awaiting_pickup_ready: null,
  available: 'available_at',
  assigned: 'assigned_at',
  picked_up: 'picked_up_at',
  in_transit: 'in_transit_at',
  delivered: 'delivered_at',
  cancelled: 'cancelled_at',
};

/** Statuses ordering hears about (delivery.status-changed); the others are dispatch's own. */
const ANNOUNCED: ReadonlySet<DeliveryStatus> = new Set(['assigned', 'picked_up', 'in_transit', 'delivered']);

/** The one way a delivery's status moves once decided: stamped, saved and, for the driver states, announced. */
@Injectable()
export class DeliveryMover {
  constructor(
    private readonly tx: TransactionHost,
    private readonly events: EventPublisher,
    private readonly config: DispatchConfig,
  ) {}

  /** In the caller's transaction, on a delivery it has locked: through each status of `steps`, in order. */
  async move(delivery: Delivery, steps: DeliveryStatus[], driver: Driver | null): Promise<Delivery> {
    for (const status of steps) {
      const now = new Date();
      const stamp = STAMP[status];
      const changes: Partial<Delivery> = { status, ...(stamp ? { [stamp]: now } : {}) };
      if (status === 'assigned' && driver) changes.driver_id = driver.id;
      await this.tx.repository(Delivery).update({ id: delivery.id }, changes);
      Object.assign(delivery, changes);
      if (ANNOUNCED.has(status)) {
        const eta = status === 'delivered' ? null : this.eta(delivery, driver, now);
        await this.events.publish('delivery.status-changed', {
          delivery_id: delivery.id,
          order_id: delivery.order_id,
          restaurant_id: delivery.restaurant_id,
          driver_id: delivery.driver_id,
          ...(driver?.name ? { driver_name: driver.name } : {}),
          status: status as DeliveryStatusChange,
          ...(eta ? { estimated_delivery_time: eta.toISOString() } : {}),
          changed_at: now.toISOString(),
        });
      }
    }
    return delivery;
  }

  /** Straight-line from the driver's last position to the customer, at the configured speed. */
  eta(delivery: Delivery, driver: Driver | null, now = new Date()): Date | null {
    return estimatedArrival(pointOf(driver?.last_lat, driver?.last_lng), pointOf(delivery.dest_lat, delivery.dest_lng), this.config.DRIVER_AVERAGE_SPEED_KMH, now);
  }
}
