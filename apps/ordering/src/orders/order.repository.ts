import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { FindOptionsWhere, In, MoreThan, Not, SelectQueryBuilder } from 'typeorm';
import { OrderStatus } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { BuyerColumns } from './buyer';
import { HistoryEntry, OrderPatch } from './domain/order-transition';
import { OrderAuditEntry } from './order-audit-entry.entity';
import { OrderItem } from './order-item.entity';
import { newOrderNumber } from './order-number';
import { OrderStatusHistory } from './order-status-history.entity';
import { Order } from './order.entity';

const NUMBER_ATTEMPTS = 5;

type GuestColumn = Exclude<keyof BuyerColumns, 'customer_id'>;

/** Columns with a default at placing: no discount, not yet refunded, no driver, nothing overdue. */
const PLACING_DEFAULTS = {
  discount_amount: 0, coupon_code: null, loyalty_points_redeemed: 0, commission_rate_bps: 1500, amount_refunded: 0,
  delivery_code: null, driver_id: null, payer_phone: null, source: 'client', placed_by: null, order_type: null, payment_provider: null,
  payment_due_at: null, step_due_at: null, saga_flagged_at: null, saga_note: null, completed_at: null, cancelled_at: null,
  amount_paid: 0, payment_check_requested_at: null,
} satisfies Partial<Order>;
type DefaultedColumn = keyof typeof PLACING_DEFAULTS;

/** What admins filter the order list by; every field left out matches every order. */
export interface OrderFilter {
  status?: OrderStatus;
  restaurantId?: string;
  customerId?: string;
  from?: Date;
  to?: Date;
  flagged?: boolean;
}

/** The statuses an order ends in. */
const FINAL_STATUSES: OrderStatus[] = ['completed', 'cancelled'];

/** An order to insert; the guest columns default to null (a customer's order), the saga's as above. */
export type NewOrder = Omit<Order, 'order_number' | 'created_at' | 'updated_at' | GuestColumn | DefaultedColumn> &
  Partial<Pick<Order, GuestColumn | DefaultedColumn>>;

/**
 * Overdue, on `orders` aliased `o` (:now, :window = the payment window in seconds): an unpaid order
 * past its payment deadline (or, once payments was asked to re-check, past the grace after that), or
 * any other order past its step's deadline and not already flagged.
 */
const OVERDUE = `(
  (o.status = 'created' AND CASE WHEN o.payment_check_requested_at IS NULL
     THEN COALESCE(o.payment_due_at, o.created_at + make_interval(secs => :window)) ELSE o.step_due_at END <= :now)
  OR (o.status <> 'created' AND o.step_due_at <= :now AND o.saga_flagged_at IS NULL))`;

/** Flagged, or past its step's deadline (flagged or not): what admins see as stuck. */
const STUCK = `(
  o.saga_flagged_at IS NOT NULL
  OR (o.status <> 'created' AND o.step_due_at <= :now)
  OR (o.status = 'created' AND CASE WHEN o.payment_check_requested_at IS NULL
     THEN COALESCE(o.payment_due_at, o.created_at + make_interval(secs => :window)) ELSE o.step_due_at END <= :now))`;

/**
 * The orders table and its history and audit trail, in the caller's transaction (TransactionHost).
 * Locks are FOR UPDATE, so moves of one order are checked one after the other.
 */
@Injectable()
export class OrderRepository {
  constructor(private readonly tx: TransactionHost) {}

  find(id: string): Promise<Order | null> {
    return this.tx.repository(Order).findOneBy({ id });
  }

  get(id: string): Promise<Order> {
    return this.tx.repository(Order).findOneByOrFail({ id });
  }

  /** The order matching `where` (a buyer's id, a guest's token hash), unlocked; null when none does. */
  findWhere(where: FindOptionsWhere<Order>): Promise<Order | null> {
    return this.tx.repository(Order).findOneBy(where);
  }

  /** A customer's orders, newest first, a page at a time, with how many there are. */
  pageOfCustomer(customerId: string, page: number, limit: number): Promise<[Order[], number]> {
    return this.tx.repository(Order).findAndCount({
      where: { customer_id: customerId },
      order: { created_at: 'DESC', id: 'DESC' },
      skip: (page - 1) * limit,
      take: limit,
    });
  }

  /** The order, locked FOR UPDATE in the caller's transaction; null when there is none. */
  lock(where: string | FindOptionsWhere<Order>): Promise<Order | null> {
    return this.tx.repository(Order).findOne({ where: typeof where === 'string' ? { id: where } : where, lock: { mode: 'pessimistic_write' } });
  }

  /** Writes `patch` and applies it to `order`. */
  async update(order: Order, patch: OrderPatch | Partial<Order>): Promise<void> {
    await this.tx.repository(Order).update({ id: order.id }, patch as Partial<Order>);
    Object.assign(order, patch);
  }

  /** Flags the saga for admins (kept until the order moves again). */
  async flag(order: Order, note: string, at = new Date()): Promise<void> {
    await this.update(order, { saga_flagged_at: at, saga_note: note.slice(0, 500) });
  }

  /**
   * Inserts the order under a fresh order number, drawing another one if it is taken. The conflict
   * is ignored (ON CONFLICT DO NOTHING) so the surrounding transaction stays usable after it.
   */
  async insert(newOrder: NewOrder, nextNumber: () => string = newOrderNumber): Promise<Order> {
    const order: Omit<Order, 'order_number' | 'created_at' | 'updated_at'> = {
      guest_session_id: null, guest_name: null, guest_phone: null, guest_email: null, tracking_token_hash: null,
      ...PLACING_DEFAULTS,
      ...newOrder,
    };
    for (let attempt = 1; attempt <= NUMBER_ATTEMPTS; attempt++) {
      const orderNumber = nextNumber();
      // Raw SQL: the placement hot path; the builder's insert of these 40 columns costs about 0.4 ms more CPU per order (docs/benchmarks.md).
      const rows: Array<{ created_at: Date; updated_at: Date }> = await this.tx.manager.query(
        `INSERT INTO orders (id, order_number, customer_id, restaurant_id, status, delivery_type, delivery_address, payment_method,
           payment_status, subtotal, tax_amount, delivery_fee, service_fee, total_amount, currency,
           guest_session_id, guest_name, guest_phone, guest_email, tracking_token_hash,
           discount_amount, coupon_code, loyalty_points_redeemed, commission_rate_bps, amount_refunded, delivery_code, driver_id,
           payer_phone, source, placed_by, payment_provider, payment_due_at, step_due_at, saga_flagged_at, saga_note,
           completed_at, cancelled_at, order_type, amount_paid, payment_check_requested_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20,
           $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35, $36, $37, $38, $39, $40)
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
          order.order_type, order.amount_paid, order.payment_check_requested_at,
        ],
      );
      if (rows.length) return Object.assign(new Order(), order, { order_number: orderNumber, ...rows[0] });
    }
    throw new Error(`no free order number after ${NUMBER_ATTEMPTS} attempts`);
  }

  async recordHistory(entry: HistoryEntry): Promise<void> {
    await this.tx.repository(OrderStatusHistory).insert({ id: randomUUID(), ...entry });
  }

  /** The move that brought the order to `status` most recently. */
  lastMoveInto(orderId: string, status: OrderStatus): Promise<OrderStatusHistory | null> {
    return this.tx.repository(OrderStatusHistory).findOne({ where: { order_id: orderId, to_status: status }, order: { at: 'DESC' } });
  }

  historyOf(orderId: string): Promise<OrderStatusHistory[]> {
    return this.tx.repository(OrderStatusHistory).findBy({ order_id: orderId });
  }

  async audit(orderId: string, actorId: string | null, action: string, detail: Record<string, unknown>): Promise<void> {
    const entry = Object.assign(new OrderAuditEntry(), { id: randomUUID(), order_id: orderId, actor_id: actorId, action, detail, at: new Date() });
    await this.tx.repository(OrderAuditEntry).save(entry, { reload: false });
  }

  auditOf(orderId: string): Promise<OrderAuditEntry[]> {
    return this.tx.repository(OrderAuditEntry).findBy({ order_id: orderId });
  }

  /** Ids of orders overdue at `now`, oldest first, leaving out `seen`. */
  async overdueIds(now: Date, paymentWindowSeconds: number, limit: number, seen: string[]): Promise<string[]> {
    const qb = this.tx.repository(Order).createQueryBuilder('o').select('o.id', 'id').where(OVERDUE, { now, window: paymentWindowSeconds });
    if (seen.length) qb.andWhere('o.id NOT IN (:...seen)', { seen });
    const rows: Array<{ id: string }> = await qb.orderBy('o.created_at').limit(limit).getRawMany();
    return rows.map((r) => r.id);
  }

  /** The order locked if it is still overdue and no one else holds it (FOR UPDATE SKIP LOCKED); null otherwise. */
  lockIfOverdue(id: string, now: Date, paymentWindowSeconds: number): Promise<Order | null> {
    return this.tx
      .repository(Order)
      .createQueryBuilder('o')
      .where('o.id = :id', { id })
      .andWhere(OVERDUE, { now, window: paymentWindowSeconds })
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .getOne();
  }

  /** A query for orders, aliased `o`. */
  private query(): SelectQueryBuilder<Order> {
    return this.tx.repository(Order).createQueryBuilder('o');
  }

  /** Orders matching `filter`, newest first, a page at a time, with how many match. */
  pageMatching(filter: OrderFilter, page: number, limit: number): Promise<[Order[], number]> {
    const qb = this.query();
    if (filter.status) qb.andWhere('o.status = :status', { status: filter.status });
    if (filter.restaurantId) qb.andWhere('o.restaurant_id = :restaurantId', { restaurantId: filter.restaurantId });
    if (filter.customerId) qb.andWhere('o.customer_id = :customerId', { customerId: filter.customerId });
    if (filter.from) qb.andWhere('o.created_at >= :from', { from: filter.from });
    if (filter.to) qb.andWhere('o.created_at <= :to', { to: filter.to });
    if (filter.flagged !== undefined) qb.andWhere(filter.flagged ? 'o.saga_flagged_at IS NOT NULL' : 'o.saga_flagged_at IS NULL');
    qb.orderBy('o.created_at', 'DESC').addOrderBy('o.id', 'DESC');
    return qb.skip((page - 1) * limit).take(limit).getManyAndCount();
  }

  /** Orders an admin should look at (see STUCK), longest waiting first, a page at a time, with how many there are. */
  pageOfStuck(now: Date, paymentWindowSeconds: number, page: number, limit: number): Promise<[Order[], number]> {
    return this.query()
      .where(STUCK, { now, window: paymentWindowSeconds })
      .orderBy('COALESCE(o.saga_flagged_at, o.step_due_at, o.created_at)', 'ASC')
      .addOrderBy('o.id', 'ASC')
      .skip((page - 1) * limit)
      .take(limit)
      .getManyAndCount();
  }

  /**
   * A customer's orders still moving, and (when `endedSince` is set) those that ended since then,
   * newest first, at most `limit`.
   */
  activeOfCustomer(customerId: string, endedSince: Date | null, limit: number): Promise<Order[]> {
    const where: FindOptionsWhere<Order>[] = [{ customer_id: customerId, status: Not(In(FINAL_STATUSES)) }];
    if (endedSince) where.push({ customer_id: customerId, status: In(FINAL_STATUSES), updated_at: MoreThan(endedSince) });
    return this.tx.repository(Order).find({ where, order: { created_at: 'DESC', id: 'DESC' }, take: limit });
  }

  /** When each order reached its current status (its last history row into it); orders without one are left out. */
  async currentStatusSince(orderIds: string[]): Promise<Map<string, Date>> {
    if (!orderIds.length) return new Map();
    const rows: Array<{ order_id: string; at: Date }> = await this.tx
      .repository(OrderStatusHistory)
      .createQueryBuilder('h')
      .select('h.order_id', 'order_id')
      .addSelect('MAX(h.at)', 'at')
      .innerJoin(Order, 'o', 'o.id = h.order_id AND o.status = h.to_status')
      .where('h.order_id IN (:...ids)', { ids: orderIds })
      .groupBy('h.order_id')
      .getRawMany();
    return new Map(rows.map((r) => [r.order_id, new Date(r.at)]));
  }

  /** Gives a guest's orders that no customer owns yet to `customerId`; how many it gave. */
  async assignGuestOrders(guestId: string, customerId: string | null): Promise<number> {
    const result = await this.tx.manager
      .createQueryBuilder()
      .update(Order)
      .set({ customer_id: customerId, updated_at: () => 'now()' })
      .where('guest_session_id = :guestId AND customer_id IS NULL', { guestId })
      .returning(['id'])
      .updateEntity(false)
      .execute();
    return (result.raw as unknown[]).length;
  }

  /** Inserts an order's lines. */
  async insertItems(items: OrderItem[]): Promise<void> {
    await this.tx.repository(OrderItem).insert(items);
  }

  /** The lines of these orders, in one query. */
  itemsOf(orderIds: string[]): Promise<OrderItem[]> {
    return this.tx.repository(OrderItem).find({ where: { order_id: In(orderIds) } });
  }
}
