import { Injectable } from '@nestjs/common';
import { IsNull, Not } from 'typeorm';
import { TransactionHost } from '@platter/persistence';
import { CustomerProfile } from './customer-profile.entity';

/** Ordering's customer profiles (loyalty and referrals). Every method runs in the caller's transaction. */
@Injectable()
export class CustomerProfileRepository {
  constructor(private readonly tx: TransactionHost) {}

  /** Creates the profile unless one exists, or unless the referral code is someone else's already. */
  async insertIfAbsent(profile: { customerId: string; role: string | null; referralCode: string }): Promise<void> {
    await this.tx.manager
      .createQueryBuilder()
      .insert()
      .into(CustomerProfile)
      .values({ customer_id: profile.customerId, role: profile.role, referral_code: profile.referralCode })
      .orIgnore()
      .updateEntity(false)
      .execute();
  }

  byId(customerId: string): Promise<CustomerProfile | null> {
    return this.tx.repository(CustomerProfile).findOneBy({ customer_id: customerId });
  }

  byCode(code: string): Promise<CustomerProfile | null> {
    return this.tx.repository(CustomerProfile).findOneBy({ referral_code: code });
  }

  /** The profile, its row locked until the transaction ends. */
  lock(customerId: string): Promise<CustomerProfile | null> {
    return this.tx.repository(CustomerProfile).findOne({ where: { customer_id: customerId }, lock: { mode: 'pessimistic_write' } });
  }

  async update(customerId: string, changes: Partial<CustomerProfile>): Promise<void> {
    await this.tx.repository(CustomerProfile).update({ customer_id: customerId }, { ...changes, updated_at: new Date() });
  }

  /**
   * Notes the customer's first completed order (a later one keeps the first date); answers whose
   * code they signed up with, or null (also when they have no profile).
   */
  async firstOrderCompleted(customerId: string, completedAt: Date): Promise<string | null> {
    const result = await this.tx.manager
      .createQueryBuilder()
      .update(CustomerProfile)
      .set({ first_order_completed_at: () => 'coalesce(first_order_completed_at, :completedAt)', updated_at: () => 'now()' })
      .setParameter('completedAt', completedAt)
      .where('customer_id = :customerId', { customerId })
      .returning('referred_by')
      .updateEntity(false)
      .execute();
    return (result.raw as Array<{ referred_by: string | null }>)[0]?.referred_by ?? null;
  }

  /** Notes a first completed order found late (when unknown, now); a date already noted stays. */
  async backfillFirstOrderCompleted(customerId: string, completedAt: Date | null): Promise<void> {
    await this.tx.manager
      .createQueryBuilder()
      .update(CustomerProfile)
      .set({ first_order_completed_at: () => 'coalesce(first_order_completed_at, :completedAt, now())' })
      .setParameter('completedAt', completedAt)
      .where('customer_id = :customerId', { customerId })
      .updateEntity(false)
      .execute();
  }

  /**
   * Customers (not staff, not erased) born on one of these days (`MM-DD` as month and day arrays)
   * who have no entry under the year's birthday key yet, at most `limit` of them.
   */
  async birthdaysWithoutBonus(due: { months: number[]; days: number[] }, year: number, limit: number): Promise<string[]> {
    // Raw: the join on unnest() of two parallel arrays has no query-builder spelling.
    const rows = (await this.tx.manager.query(
      `SELECT c.customer_id FROM customer_profiles c
         JOIN unnest($1::int[], $2::int[]) AS d(m, dd) ON extract(month FROM c.birthday) = d.m AND extract(day FROM c.birthday) = d.dd
        WHERE c.birthday IS NOT NULL AND c.erased_at IS NULL AND (c.role IS NULL OR c.role = 'customer')
          AND NOT EXISTS (SELECT 1 FROM loyalty_entries e WHERE e.movement_key = 'birthday:' || c.customer_id || ':' || $3::text)
        LIMIT $4`,
      [due.months, due.days, String(year), limit],
    )) as { customer_id: string }[];
    return rows.map((r) => r.customer_id);
  }

  /** How many signed up with the customer's code, and how many of them completed an order. */
  async referred(customerId: string): Promise<{ signedUp: number; completed: number }> {
    const repo = this.tx.repository(CustomerProfile);
    const signedUp = await repo.countBy({ referred_by: customerId });
    const completed = await repo.countBy({ referred_by: customerId, first_order_completed_at: Not(IsNull()) });
    return { signedUp, completed };
  }

  /** The customer's first completed order, if any (read from the orders table ordering keeps). */
  async firstCompletedOrder(customerId: string): Promise<{ id: string; completed_at: Date | null } | null> {
    const row = await this.tx.manager
      .createQueryBuilder()
      .select('o.id', 'id')
      .addSelect('o.completed_at', 'completed_at')
      .from('orders', 'o')
      .where('o.customer_id = :customerId', { customerId })
      .andWhere(`o.status = 'completed'`)
      .orderBy('o.completed_at', 'ASC', 'NULLS LAST')
      .addOrderBy('o.created_at', 'ASC')
      .limit(1)
      .getRawOne<{ id: string; completed_at: Date | null }>();
    return row ?? null;
  }
}
