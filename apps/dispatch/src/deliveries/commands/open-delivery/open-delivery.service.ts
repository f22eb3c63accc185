import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { OrderCreated } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { needsDelivery } from '../../delivery-rules';
import { Delivery } from '../../delivery.entity';

/** Opens the delivery of a new delivery order (once per order, whatever the redeliveries). */
@Injectable()
export class OpenDeliveryService {
  constructor(private readonly tx: TransactionHost) {}

  /** The order's delivery, or null when the order is not delivered (pickup, dine-in). */
  async open(order: OrderCreated): Promise<Delivery | null> {
    if (!needsDelivery(order.delivery_type)) return null;
    return this.tx.run(async (manager) => {
      await manager.query(
        `INSERT INTO deliveries (id, order_id, restaurant_id, customer_id, status)
         VALUES ($1, $2, $3, $4, 'awaiting_pickup_ready')
         ON CONFLICT (order_id) DO NOTHING`,
        [randomUUID(), order.order_id, order.restaurant_id, order.customer_id ?? null],
      );
      return this.tx.repository(Delivery).findOneByOrFail({ order_id: order.order_id });
    });
  }
}
