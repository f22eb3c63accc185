import { EntityManager } from 'typeorm';
import { BuyerColumns } from '../../buyer';
import { newOrderNumber } from '../../order-number';
import { Order } from '../../order.entity';

const NUMBER_ATTEMPTS = 5;

type GuestColumn = Exclude<keyof BuyerColumns, 'customer_id'>;

/** An order to insert; the guest columns default to null (a customer's order). */
export type NewOrder = Omit<Order, 'order_number' | 'created_at' | 'updated_at' | GuestColumn> & Partial<Pick<Order, GuestColumn>>;

/**
 * Inserts the order under a fresh order number, drawing another one if it is taken.
 * ON CONFLICT DO NOTHING keeps the surrounding transaction usable after a collision.
 */
export async function insertOrder(manager: EntityManager, newOrder: NewOrder, nextNumber: () => string = newOrderNumber): Promise<Order> {
  const order = {
    guest_session_id: null, guest_name: null, guest_phone: null, guest_email: null, tracking_token_hash: null,
    ...newOrder,
  };
  for (let attempt = 1; attempt <= NUMBER_ATTEMPTS; attempt++) {
    const orderNumber = nextNumber();
    const rows: Array<{ created_at: Date; updated_at: Date }> = await manager.query(
      `INSERT INTO orders (id, order_number, customer_id, restaurant_id, status, delivery_type, delivery_address, payment_method,
         payment_status, subtotal, tax_amount, delivery_fee, service_fee, total_amount, currency,
         guest_session_id, guest_name, guest_phone, guest_email, tracking_token_hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20)
       ON CONFLICT (order_number) DO NOTHING
       RETURNING created_at, updated_at`,
      [
        order.id, orderNumber, order.customer_id, order.restaurant_id, order.status, order.delivery_type,
        order.delivery_address ? JSON.stringify(order.delivery_address) : null, order.payment_method, order.payment_status,
        order.subtotal, order.tax_amount, order.delivery_fee, order.service_fee, order.total_amount, order.currency,
        order.guest_session_id, order.guest_name, order.guest_phone, order.guest_email, order.tracking_token_hash,
      ],
    );
    if (rows.length) return Object.assign(new Order(), order, { order_number: orderNumber, ...rows[0] });
  }
  throw new Error(`no free order number after ${NUMBER_ATTEMPTS} attempts`);
}
