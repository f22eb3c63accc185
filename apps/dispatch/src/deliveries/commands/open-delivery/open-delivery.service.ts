import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { OrderCreated } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { needsDelivery } from '../../domain/delivery-rules';
import { Delivery } from '../../delivery.entity';

/** Opens the delivery of a new delivery order (once per order, whatever the redeliveries), picked up where restaurant_sites says. */
@Injectable()
export class OpenDeliveryService {
  constructor(private readonly tx: TransactionHost) {}

  /** The order's delivery, or null when the order is not delivered (pickup, dine-in). */
  async open(order: OrderCreated): Promise<Delivery | null> {
    if (!needsDelivery(order.delivery_type)) return null;
    const address = order.delivery_address ?? null;
    const lat = typeof address?.latitude === 'number' && Number.isFinite(address.latitude) ? address.latitude : null;
    const lng = typeof address?.longitude === 'number' && Number.isFinite(address.longitude) ? address.longitude : null;
    return this.tx.run(async (manager) => {
      await manager.query(
        `INSERT INTO deliveries (id, order_id, order_number, restaurant_id, customer_id, status, delivery_code, delivery_fee, address, dest_lat, dest_lng,
                                 restaurant_owner_id, pickup_lat, pickup_lng)
         SELECT $1, $2, $3, $4, $5, 'awaiting_pickup_ready', $6, $7, $8, $9, $10, $11, s.lat, s.lng
         FROM (SELECT 1) one LEFT JOIN restaurant_sites s ON s.restaurant_id = $4
         ON CONFLICT (order_id) DO NOTHING`,
        [
          randomUUID(), order.order_id, order.order_number, order.restaurant_id, order.customer_id ?? null,
          order.delivery_code ?? null, order.delivery_fee ?? null, typeof address?.address === 'string' ? address.address : null, lat, lng,
          order.restaurant_owner_id,
        ],
      );
      return this.tx.repository(Delivery).findOneByOrFail({ order_id: order.order_id });
    });
  }
}
