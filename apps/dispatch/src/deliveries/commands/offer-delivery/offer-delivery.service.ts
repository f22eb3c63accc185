import { Injectable } from '@nestjs/common';
import { OrderStatusChanged } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { OfferEngine } from '../../../assignment/offer-engine';
import { RestaurantSite } from '../../../assignment/restaurant-site.entity';
import { DispatchConfig } from '../../../dispatch.config';
import { Driver } from '../../../drivers/driver.entity';
import { DeliveryMover } from '../../delivery-mover';
import { statusAfterOrderChange } from '../../domain/delivery-rules';
import { Delivery } from '../../delivery.entity';

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
    private readonly mover: DeliveryMover,
    private readonly offers: OfferEngine,
    private readonly config: DispatchConfig,
  ) {}

  /** The delivery as it now stands; null when the order has none (pickup, dine-in). */
  async follow(change: OrderStatusChanged): Promise<Delivery | null> {
    return this.tx.run(async () => {
      const delivery = await this.tx.repository(Delivery).findOne({ where: { order_id: change.order_id }, lock: { mode: 'pessimistic_write' } });
      if (!delivery) {
        // A delivery order ready before dispatch applied its order.created: the retry will find it.
        if (change.to === 'ready' && change.delivery_type === 'delivery') throw new Error(`delivery order ${change.order_id} is ready but unknown to dispatch yet; retrying`);
        return null;
      }
      const now = new Date();
      if ((change.to === 'accepted' || change.to === 'preparing') && delivery.status === 'awaiting_pickup_ready' && !delivery.order_ready_at) {
        const site = await this.tx.repository(RestaurantSite).findOneBy({ restaurant_id: delivery.restaurant_id });
        const minutes = site?.preparation_minutes ?? this.config.DISPATCH_DEFAULT_PREPARATION_MINUTES;
        const from = change.changed_at ? new Date(change.changed_at) : now;
        const patch: Partial<Delivery> = { expected_ready_at: new Date(from.getTime() + minutes * 60_000), next_offer_at: null };
        await this.tx.repository(Delivery).update({ id: delivery.id }, patch);
        Object.assign(delivery, patch);
        await this.offers.offerNext(delivery, {}, now);
        return delivery;
      }
      if (change.to !== 'ready') return delivery;

      if (!delivery.order_ready_at) {
        await this.tx.repository(Delivery).update({ id: delivery.id }, { order_ready_at: now });
        delivery.order_ready_at = now;
      }
      const next = statusAfterOrderChange(delivery.status, change.to);
      if (next) await this.mover.move(delivery, [next], null);
      if (delivery.driver_id) {
        await this.mover.announceHeldAssignment(delivery, await this.tx.repository(Driver).findOneBy({ id: delivery.driver_id }));
      } else {
        await this.offers.offerNext(delivery, { force: true }, now);
      }
      return delivery;
    });
  }
}
