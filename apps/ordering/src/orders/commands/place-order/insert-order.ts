import { EntityManager } from 'typeorm';
import { newOrderNumber } from '../../order-number';
import { Order } from '../../order.entity';

const NUMBER_ATTEMPTS = 5;

/**
 * Inserts the order under a fresh order number, drawing another one if it is taken.
 * ON CONFLICT DO NOTHING keeps the surrounding transaction usable after a collision.
 */
export async function insertOrder(manager: EntityManager, order: Omit<Order, 'order_number' | 'created_at' | 'updated_at'>, nextNumber: () => string = newOrderNumber): Promise<Order> {
  for (let attempt = 1; attempt <= NUMBER_ATTEMPTS; attempt++) {
    const orderNumber = nextNumber();
    const rows: Array<{ created_at: Date; updated_at: Date }> = await manager.query(
      `INSERT INTO orders (id, order_number, customer_id, restaurant_id, status, delivery_type, delivery_address, payment_method,
         payment_status, subtotal, tax_amount, delivery_fee, service_fee, total_amount, currency)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
       ON CONFLICT (order_number) DO NOTHING
       RETURNING created_at, updated_at`,
      [
        order.id, orderNumber, order.customer_id, order.restaurant_id, order.status, order.delivery_type,
        order.delivery_address ? JSON.stringify(order.delivery_address) : null, order.payment_method, order.payment_status,
        order.subtotal, order.tax_amount, order.delivery_fee, order.service_fee, order.total_amount, order.currency,
      ],
    );
    if (rows.length) return Object.assign(new Order(), order, { order_number: orderNumber, ...rows[0] });
  }
  throw new Error(`no free order number after ${NUMBER_ATTEMPTS} attempts`);
}
