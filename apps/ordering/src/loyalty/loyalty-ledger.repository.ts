import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { TransactionHost } from '@platter/persistence';
import { LoyaltyAccount } from './loyalty-account.entity';
import { LoyaltyEntry } from './loyalty-entry.entity';
import type { Earning } from './loyalty-ledger';

/**
 * The points ledger: the entries and the account balance they move. Each movement is one SQL
 * statement that writes the entry and moves the balance together (so they never disagree, in a
 * transaction or not); the query builder cannot chain an insert and an update in one statement,
 * hence the raw SQL. Every method runs in the caller's transaction when there is one.
 */
@Injectable()
export class LoyaltyLedgerRepository {
  constructor(private readonly tx: TransactionHost) {}

  account(customerId: string): Promise<LoyaltyAccount | null> {
    return this.tx.repository(LoyaltyAccount).findOneBy({ customer_id: customerId });
  }

  /**
   * Takes points off the balance if it covers them, writing the entry under `key`; false when it
   * does not. Concurrent debits queue on the account row and re-check the balance.
   */
  async debit(customerId: string, points: number, orderId: string, key: string): Promise<boolean> {
    const rows: unknown[] = await this.tx.manager.query(
      `WITH debit AS (
         UPDATE loyalty_accounts SET balance = balance - $2, updated_at = now()
          WHERE customer_id = $1 AND balance >= $2
          RETURNING customer_id)
       INSERT INTO loyalty_entries (id, customer_id, points, kind, order_id, movement_key)
       SELECT $3, customer_id, -$2::integer, 'redeemed', $4, $5 FROM debit
       RETURNING id`,
      [customerId, points, randomUUID(), orderId, key],
    );
    return rows.length > 0;
  }

  /** Credits back what the movement `spentKey` took, once (under `key`); nothing when it took nothing. */
  async restore(spentKey: string, orderId: string, key: string): Promise<void> {
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
      [randomUUID(), spentKey, orderId, key],
    );
  }

  /** Credits an earning once per key (opening the account on the first); false when the key was used. */
  async credit(earning: Earning): Promise<boolean> {
    const rows: unknown[] = await this.tx.manager.query(
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
    );
    return rows.length > 0;
  }

  /** The customer's movements, newest first, one page of them, and how many there are. */
  history(customerId: string, page: { page: number; limit: number }): Promise<[LoyaltyEntry[], number]> {
    return this.tx.repository(LoyaltyEntry).findAndCount({
      where: { customer_id: customerId },
      order: { created_at: 'DESC', id: 'DESC' },
      skip: (page.page - 1) * page.limit,
      take: page.limit,
    });
  }

  /** The points the customer earned by kind (e.g. every referral bonus). */
  async earnedAs(customerId: string, kind: LoyaltyEntry['kind']): Promise<number> {
    const row = await this.tx.manager
      .createQueryBuilder(LoyaltyEntry, 'e')
      .select('coalesce(sum(e.points), 0)::int', 'points')
      .where('e.customer_id = :customerId', { customerId })
      .andWhere('e.kind = :kind', { kind })
      .getRawOne<{ points: number }>();
    return row?.points ?? 0;
  }
}
