import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { OrderCreated } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { needsDelivery } from '../../domain/delivery-rules';
import { Delivery } from '../../delivery.entity';
import { DeliveryRepository } from '../../delivery.repository';

/** Opens the delivery of a new delivery order (once per order, whatever the redeliveries), picked up where restaurant_sites says. */
@Injectable()
export class OpenDeliveryService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly deliveries: DeliveryRepository,
  ) {}

  /** The order's delivery, or null when the order is not delivered (pickup, dine-in). */
  async open(order: OrderCreated): Promise<Delivery | null> {
    if (!needsDelivery(order.delivery_type)) return null;
    const address = order.delivery_address ?? null;
    const lat = typeof address?.latitude === 'number' && Number.isFinite(address.latitude) ? address.latitude : null;
    const lng = typeof address?.longitude === 'number' && Number.isFinite(address.longitude) ? address.longitude : null;
    return this.tx.run(async () => {
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
      return this.deliveries.byOrderOrFail(order.order_id);
    });
  }
}
