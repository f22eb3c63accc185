import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { OrderCreated } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { needsDelivery, replayOrder } from '../../domain/delivery-rules';
import { Delivery } from '../../delivery.entity';
import { DeliveryRepository } from '../../delivery.repository';
import { CancelDeliveryService } from '../cancel-delivery/cancel-delivery.service';
import { OfferDeliveryService } from '../offer-delivery/offer-delivery.service';

/**
 * Opens the delivery of a new delivery order (once per order, whatever the redeliveries), picked up
 * where restaurant_sites says. News of the order that came first (kept by OfferDeliveryService and
 * CancelDeliveryService) is replayed through them at once: a cancelled order's delivery opens
 * cancelled, a ready one is offered.
 */
@Injectable()
export class OpenDeliveryService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly deliveries: DeliveryRepository,
    private readonly offerDelivery: OfferDeliveryService,
    private readonly cancelDelivery: CancelDeliveryService,
  ) {}

  /** The order's delivery, or null when the order is not delivered (pickup, dine-in). */
  async open(order: OrderCreated): Promise<Delivery | null> {
    if (!needsDelivery(order.delivery_type)) {
      // A cancellation kept before we knew the order is not delivered: nothing to apply it to.
      await this.tx.run(async () => {
        await this.deliveries.lockOrder(order.order_id);
        await this.deliveries.takeEarlyNews(order.order_id);
      });
      return null;
    }
    const address = order.delivery_address ?? null;
    const lat = typeof address?.latitude === 'number' && Number.isFinite(address.latitude) ? address.latitude : null;
    const lng = typeof address?.longitude === 'number' && Number.isFinite(address.longitude) ? address.longitude : null;
    return this.tx.run(async () => {
      await this.deliveries.lockOrder(order.order_id);
      await this.deliveries.openOnce({
        id: randomUUID(),
        order_id: order.order_id,
        order_number: order.order_number,
        restaurant_id: order.restaurant_id,
        customer_id: order.customer_id ?? null,
        delivery_code: order.delivery_code ?? null,
        delivery_fee: order.delivery_fee ?? null,
        address: typeof address?.address === 'string' ? address.address : null,
        dest_lat: lat,
        dest_lng: lng,
        restaurant_owner_id: order.restaurant_owner_id,
      });
      const early = (await this.deliveries.takeEarlyNews(order.order_id)).sort((a, b) => replayOrder(a.status, b.status));
      for (const news of early) {
        if (news.status === 'cancelled') await this.cancelDelivery.cancelForOrder(order.order_id);
        else if (news.change) await this.offerDelivery.follow(news.change);
      }
      return this.deliveries.byOrderOrFail(order.order_id);
    });
  }
}
