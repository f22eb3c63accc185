import { Injectable } from '@nestjs/common';
import { OrderStatusChanged } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { OfferEngine } from '../../../assignment/offer-engine';
import { RestaurantSiteRepository } from '../../../assignment/restaurant-site.repository';
import { DispatchConfig } from '../../../dispatch.config';
import { DriverRepository } from '../../../drivers/driver.repository';
import { DeliveryMover } from '../../delivery-mover';
import { isKeptBeforeDelivery, statusAfterOrderChange } from '../../domain/delivery-rules';
import { Delivery } from '../../delivery.entity';
import { DeliveryRepository } from '../../delivery.repository';

/**
 * Follows its order: once the restaurant accepts or starts preparing, the delivery knows when the
 * food should be ready (the restaurant's preparation_minutes, or DISPATCH_DEFAULT_PREPARATION_MINUTES)
 * and may be offered early, to a driver whose trip takes about that long; once it is ready the
 * delivery is offered (or, assigned early, its assignment is announced to ordering).
 */
@Injectable()
export class OfferDeliveryService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly deliveries: DeliveryRepository,
    private readonly drivers: DriverRepository,
    private readonly sites: RestaurantSiteRepository,
    private readonly mover: DeliveryMover,
    private readonly offers: OfferEngine,
    private readonly config: DispatchConfig,
  ) {}

  /** The delivery as it now stands; null when the order has none (pickup, dine-in). */
  async follow(change: OrderStatusChanged): Promise<Delivery | null> {
    return this.tx.run(async () => {
      await this.deliveries.lockOrder(change.order_id);
      const delivery = await this.deliveries.lockByOrder(change.order_id);
      if (!delivery) {
        // Accepted, preparing or ready before dispatch applied its order.created (events are not
        // ordered per order): kept, and replayed when order.created opens the delivery. A retry
        // could not wait long enough: the order.created may itself be on its last retry.
        if (isKeptBeforeDelivery(change)) await this.deliveries.keepEarlyNews(change.order_id, change.to, change);
        return null;
      }
      const now = new Date();
      if ((change.to === 'accepted' || change.to === 'preparing') && delivery.status === 'awaiting_pickup_ready' && !delivery.order_ready_at) {
        const site = await this.sites.of(delivery.restaurant_id);
        const minutes = site?.preparation_minutes ?? this.config.DISPATCH_DEFAULT_PREPARATION_MINUTES;
        const from = change.changed_at ? new Date(change.changed_at) : now;
        const patch: Partial<Delivery> = { expected_ready_at: new Date(from.getTime() + minutes * 60_000), next_offer_at: null };
        await this.deliveries.update(delivery.id, patch);
        Object.assign(delivery, patch);
        await this.offers.offerNext(delivery, {}, now);
        return delivery;
      }
      if (change.to !== 'ready') return delivery;

      if (!delivery.order_ready_at) {
        await this.deliveries.update(delivery.id, { order_ready_at: now });
        delivery.order_ready_at = now;
      }
      const next = statusAfterOrderChange(delivery.status, change.to);
      if (next) await this.mover.move(delivery, [next], null);
      if (delivery.driver_id) {
        await this.mover.announceHeldAssignment(delivery, await this.drivers.byId(delivery.driver_id));
      } else {
        await this.offers.offerNext(delivery, { force: true }, now);
      }
      return delivery;
    });
  }
}
