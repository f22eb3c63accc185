import { EntityManager } from 'typeorm';
import { BuyerColumns } from '../../buyer';
import { newOrderNumber } from '../../order-number';
import { Order } from '../../order.entity';

const NUMBER_ATTEMPTS = 5;

type GuestColumn = Exclude<keyof BuyerColumns, 'customer_id'>;

/** Columns with a default at placing: no discount, not yet refunded, no driver, nothing overdue. */
const SAGA_DEFAULTS = {
  discount_amount: 0, coupon_code: null, loyalty_points_redeemed: 0, commission_rate_bps: 1500, amount_refunded: 0,
  delivery_code: null, driver_id: null, payer_phone: null, source: 'client', placed_by: null, order_type: null, payment_provider: null,
  payment_due_at: null, step_due_at: null, saga_flagged_at: null, saga_note: null, completed_at: null, cancelled_at: null,
  // Not inserted: the columns' defaults are these.
  amount_paid: 0, payment_check_requested_at: null,
} satisfies Partial<Order>;
type DefaultedColumn = keyof typeof SAGA_DEFAULTS;

/** An order to insert; the guest columns default to null (a customer's order), the saga's as above. */
export type NewOrder = Omit<Order, 'order_number' | 'created_at' | 'updated_at' | GuestColumn | DefaultedColumn> &
  Partial<Pick<Order, GuestColumn | DefaultedColumn>>;

/**
 * Inserts the order under a fresh order number, drawing another one if it is taken.
 * ON CONFLICT DO NOTHING keeps the surrounding transaction usable after a collision.
 */
export async function insertOrder(manager: EntityManager, newOrder: NewOrder, nextNumber: () => string = newOrderNumber): Promise<Order> {
  const order: Omit<Order, 'order_number' | 'created_at' | 'updated_at'> = {
    guest_session_id: null, guest_name: null, guest_phone: null, guest_email: null, tracking_token_hash: null,
    ...SAGA_DEFAULTS,
    ...newOrder,
  };
  for (let attempt = 1; attempt <= NUMBER_ATTEMPTS; attempt++) {
    const orderNumber = nextNumber();
    const rows: Array<{ created_at: Date; updated_at: Date }> = await manager.query(
      `INSERT INTO orders (id, order_number, customer_id, restaurant_id, status, delivery_type, delivery_address, payment_method,
         payment_status, subtotal, tax_amount, delivery_fee, service_fee, total_amount, currency,
         guest_session_id, guest_name, guest_phone, guest_email, tracking_token_hash,
         discount_amount, coupon_code, loyalty_points_redeemed, commission_rate_bps, amount_refunded, delivery_code, driver_id,
         payer_phone, source, placed_by, payment_provider, payment_due_at, step_due_at, saga_flagged_at, saga_note,
         completed_at, cancelled_at, order_type)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20,
         $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35, $36, $37, $38)
       ON CONFLICT (order_number) DO NOTHING
       RETURNING created_at, updated_at`,
      [
        order.id, orderNumber, order.customer_id, order.restaurant_id, order.status, order.delivery_type,
        order.delivery_address ? JSON.stringify(order.delivery_address) : null, order.payment_method, order.payment_status,
        order.subtotal, order.tax_amount, order.delivery_fee, order.service_fee, order.total_amount, order.currency,
        order.guest_session_id, order.guest_name, order.guest_phone, order.guest_email, order.tracking_token_hash,
        order.discount_amount, order.coupon_code, order.loyalty_points_redeemed, order.commission_rate_bps, order.amount_refunded,
        order.delivery_code, order.driver_id, order.payer_phone, order.source, order.placed_by, order.payment_provider,
        order.payment_due_at, order.step_due_at, order.saga_flagged_at, order.saga_note, order.completed_at, order.cancelled_at,
        order.order_type,
      ],
    );
    if (rows.length) return Object.assign(new Order(), order, { order_number: orderNumber, ...rows[0] });
  }
  throw new Error(`no free order number after ${NUMBER_ATTEMPTS} attempts`);
}
