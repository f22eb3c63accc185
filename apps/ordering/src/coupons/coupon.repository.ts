import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { IsNull } from 'typeorm';
import { TransactionHost } from '@platter/persistence';
import { CouponRedemption } from './coupon-redemption.entity';
import { Coupon } from './coupon.entity';

/** Which live coupons of one scope a list shows, newest first. */
export interface CouponFilter {
  restaurantId: string | null;
  /** A part of the code, matched case-insensitively. */
  code?: string;
  isActive?: boolean;
  page: number;
  limit: number;
}

/**
 * The coupons and their redemptions (one aggregate: a coupon's uses are counted on its row and
 * recorded one per order). Every method runs in the caller's transaction.
 */
@Injectable()
export class CouponRepository {
  constructor(private readonly tx: TransactionHost) {}

  /**
   * The live coupon this code names for an order at the restaurant, its row locked until the
   * transaction ends: the restaurant's own code wins over a platform-wide one of the same spelling.
   */
  findForOrder(key: string, restaurantId: string): Promise<Coupon | null> {
    return this.tx.manager
      .createQueryBuilder(Coupon, 'c')
      .where('lower(c.code) = :key', { key })
      .andWhere('c.deleted_at IS NULL')
      .andWhere('(c.restaurant_id = :restaurantId OR c.restaurant_id IS NULL)', { restaurantId })
      .orderBy('c.restaurant_id IS NULL')
      .limit(1)
      .setLock('pessimistic_write')
      .getOne();
  }

  /** The buyer's uses of the coupon still held by orders. */
  heldUses(couponId: string, buyerKey: string): Promise<number> {
    return this.tx.repository(CouponRedemption).countBy({ coupon_id: couponId, buyer_key: buyerKey, released_at: IsNull() });
  }

  /** Counts one more use unless the coupon is used up; false when it is. */
  async countUse(couponId: string): Promise<boolean> {
    const result = await this.tx.manager
      .createQueryBuilder()
      .update(Coupon)
      .set({ uses_count: () => 'uses_count + 1' })
      .where('id = :couponId', { couponId })
      .andWhere('(max_uses IS NULL OR uses_count < max_uses)')
      .execute();
    return result.affected === 1;
  }

  async recordRedemption(redemption: { couponId: string; orderId: string; buyerKey: string; amount: number }): Promise<void> {
    await this.tx.repository(CouponRedemption).insert({
      id: randomUUID(), coupon_id: redemption.couponId, order_id: redemption.orderId, buyer_key: redemption.buyerKey, amount: redemption.amount,
    });
  }

  /** Gives back the use an order holds, once: true when a use was given back. */
  async releaseForOrder(orderId: string): Promise<boolean> {
    // One statement, so the redemption and the coupon's count move together even outside a
    // transaction; the query builder cannot chain two updates in one statement.
    const rows: unknown[] = await this.tx.manager.query(
      `WITH released AS (
         UPDATE coupon_redemptions SET released_at = now() WHERE order_id = $1 AND released_at IS NULL RETURNING coupon_id)
       , counted AS (
         UPDATE coupons c SET uses_count = c.uses_count - 1, updated_at = now() FROM released WHERE c.id = released.coupon_id AND c.uses_count > 0 RETURNING c.id)
       SELECT id FROM counted`,
      [orderId],
    );
    return rows.length > 0;
  }

  async insert(coupon: Omit<Coupon, 'created_at' | 'updated_at'>): Promise<void> {
    await this.tx.repository(Coupon).insert(coupon);
  }

  async update(id: string, changes: Partial<Coupon>): Promise<void> {
    await this.tx.repository(Coupon).update({ id }, changes);
  }

  byId(id: string, options: { lock: boolean }): Promise<Coupon | null> {
    return this.tx.repository(Coupon).findOne({ where: { id }, ...(options.lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  }

  get(id: string): Promise<Coupon> {
    return this.tx.repository(Coupon).findOneByOrFail({ id });
  }

  /** Whether another live coupon of the scope has this code (case-insensitively). */
  codeTaken(restaurantId: string | null, code: string, exceptId: string | null): Promise<boolean> {
    const qb = this.tx.manager
      .createQueryBuilder(Coupon, 'c')
      .where('lower(c.code) = lower(:code)', { code })
      .andWhere('c.deleted_at IS NULL')
      .andWhere(restaurantId === null ? 'c.restaurant_id IS NULL' : 'c.restaurant_id = :restaurantId', { restaurantId });
    if (exceptId) qb.andWhere('c.id <> :exceptId', { exceptId });
    return qb.getExists();
  }

  list(filter: CouponFilter): Promise<[Coupon[], number]> {
    const qb = this.tx.manager.createQueryBuilder(Coupon, 'c').where('c.deleted_at IS NULL');
    if (filter.restaurantId) qb.andWhere('c.restaurant_id = :rid', { rid: filter.restaurantId });
    else qb.andWhere('c.restaurant_id IS NULL');
    if (filter.code) qb.andWhere(`lower(c.code) LIKE :code ESCAPE '\\'`, { code: `%${filter.code.toLowerCase().replace(/[\\%_]/g, (ch) => `\\${ch}`)}%` });
    if (filter.isActive !== undefined) qb.andWhere('c.is_active = :active', { active: filter.isActive });
    return qb
      .orderBy('c.created_at', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .skip((filter.page - 1) * filter.limit)
      .take(filter.limit)
      .getManyAndCount();
  }
}
