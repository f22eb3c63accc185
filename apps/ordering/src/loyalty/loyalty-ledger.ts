import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { TransactionHost } from '@platter/persistence';
import { OrderingException } from '../orders/ordering.exception';
import { LoyaltyKind } from './loyalty-entry.entity';

/** The earning kinds (positive movements) and the unique key that makes each happen once. */
export type EarningKind = Exclude<LoyaltyKind, 'redeemed' | 'restored'>;

export interface Earning {
  customerId: string;
  points: number;
  kind: EarningKind;
  /** Unique per movement, e.g. `order_completed:<order id>`, `review:<order id>`, `birthday:<customer>:<year>`. */
  key: string;
  orderId?: string | null;
  note?: string | null;
}

/** Keys of the movements tied to an order. */
export const redeemedKey = (orderId: string) => `redeemed:${orderId}`;
export const restoredKey = (orderId: string) => `restored:${orderId}`;

/**
 * Customers' loyalty points. Every movement is one SQL statement that writes the ledger entry and
 * moves the balance together: a redemption's UPDATE is guarded by `balance >= points` (concurrent ones
 * queue on the account row and re-check), and each movement has a unique key, so a redelivered event
 * credits nothing twice. Runs in the caller's transaction when there is one.
 */
@Injectable()
export class LoyaltyLedger {
  constructor(private readonly tx: TransactionHost) {}

  async balance(customerId: string): Promise<number> {
    const [row] = (await this.tx.manager.query(`SELECT balance FROM loyalty_accounts WHERE customer_id = $1`, [customerId])) as { balance: number }[];
    return row?.balance ?? 0;
  }

  /** In the caller's tx: takes points for an order; throws OrderingException INSUFFICIENT_POINTS. */
  async redeem(customerId: string, points: number, orderId: string): Promise<void> {
    if (!Number.isSafeInteger(points) || points < 0) throw new OrderingException('VALIDATION_ERROR', 'Points to redeem must be a positive whole number');
    if (points === 0) return;
    const rows = (await this.tx.manager.query(
      `WITH debit AS (
         UPDATE loyalty_accounts SET balance = balance - $2, updated_at = now()
          WHERE customer_id = $1 AND balance >= $2
          RETURNING customer_id)
       INSERT INTO loyalty_entries (id, customer_id, points, kind, order_id, movement_key)
       SELECT $3, customer_id, -$2::integer, 'redeemed', $4, $5 FROM debit
       RETURNING id`,
      [customerId, points, randomUUID(), orderId, redeemedKey(orderId)],
    )) as { id: string }[];
    if (rows.length === 0) {
      const have = await this.balance(customerId);
      throw new OrderingException('INSUFFICIENT_POINTS', `This redemption needs ${points} points; you have ${have}`);
    }
  }

  /** In the caller's tx: gives back the points an order spent (its cancellation). Idempotent. */
  async restoreForOrder(orderId: string): Promise<void> {
    await this.tx.manager.query(
      `WITH spent AS (
         SELECT customer_id, -points AS points FROM loyalty_entries WHERE movement_key = $2),
       entry AS (
         INSERT INTO loyalty_entries (id, customer_id, points, kind, order_id, movement_key)
         SELECT $1, customer_id, points, 'restored', $3, $4 FROM spent
         ON CONFLICT (movement_key) DO NOTHING
         RETURNING customer_id, points),
       credit AS (
         UPDATE loyalty_accounts a SET balance = a.balance + entry.points, updated_at = now()
           FROM entry WHERE a.customer_id = entry.customer_id
         RETURNING a.customer_id)
       SELECT count(*)::int AS n FROM credit`,
      [randomUUID(), redeemedKey(orderId), orderId, restoredKey(orderId)],
    );
  }

  /** Credits points once per key; false when that movement had already happened (a redelivery). */
  async earn(earning: Earning): Promise<boolean> {
    if (!Number.isSafeInteger(earning.points) || earning.points <= 0) return false;
    const rows = (await this.tx.manager.query(
      `WITH entry AS (
         INSERT INTO loyalty_entries (id, customer_id, points, kind, order_id, movement_key, note)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (movement_key) DO NOTHING
         RETURNING customer_id, points)
       INSERT INTO loyalty_accounts AS a (customer_id, balance, lifetime_earned)
       SELECT customer_id, points, points FROM entry
       ON CONFLICT (customer_id) DO UPDATE
         SET balance = a.balance + EXCLUDED.balance, lifetime_earned = a.lifetime_earned + EXCLUDED.lifetime_earned, updated_at = now()
       RETURNING balance`,
      [randomUUID(), earning.customerId, earning.points, earning.kind, earning.orderId ?? null, earning.key, earning.note ?? null],
    )) as { balance: number }[];
    return rows.length > 0;
  }
}
