import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { TransactionHost } from '@platter/persistence';
import { OrderingException } from '../orders/ordering.exception';
import { Coupon } from './coupon.entity';
import { assertCouponApplies, couponDiscount, couponKey } from './coupon-rules';

/** A coupon held for an order being placed: its row stays locked until the placing transaction ends. */
export interface HeldCoupon {
  coupon: Coupon;
  discount: number;
}

/** Who uses a coupon, for per-customer limits. */
export type CouponBuyer = { customerId: string } | { phone: string };

export function buyerKey(buyer: CouponBuyer): string {
  return 'customerId' in buyer ? `customer:${buyer.customerId}` : `phone:${buyer.phone}`;
}

/**
 * Coupons at placement and cancellation. `hold` finds the code (the restaurant's own first, then a
 * platform-wide one), locks its row FOR UPDATE and checks it; `redeem` then records the use in the
 * same transaction. Two orders racing for the last use queue on the row lock: the second sees the
 * first's use and is refused. Every method runs in the caller's transaction.
 */
@Injectable()
export class CouponRedemptions {
  constructor(private readonly tx: TransactionHost) {}

  async hold(code: string, order: { restaurantId: string; currency: string; subtotal: number; buyer: CouponBuyer; now?: Date }): Promise<HeldCoupon> {
    const key = couponKey(code);
    // The restaurant's own code wins over a platform-wide one of the same spelling.
    const [row] = (await this.tx.manager.query(
      `SELECT * FROM coupons
        WHERE lower(code) = $1 AND deleted_at IS NULL AND (restaurant_id = $2 OR restaurant_id IS NULL)
        ORDER BY restaurant_id IS NULL LIMIT 1 FOR UPDATE`,
      [key, order.restaurantId],
    )) as Coupon[];
    const coupon = row ? Object.assign(new Coupon(), row) : null;
    if (!coupon) throw new OrderingException('COUPON_NOT_APPLICABLE', `Coupon ${code.trim()} does not exist`);
    const [{ n }] = (await this.tx.manager.query(
      `SELECT count(*)::int AS n FROM coupon_redemptions WHERE coupon_id = $1 AND buyer_key = $2 AND released_at IS NULL`,
      [coupon.id, buyerKey(order.buyer)],
    )) as Array<{ n: number }>;
    assertCouponApplies(coupon, { currency: order.currency, subtotal: order.subtotal, now: order.now ?? new Date(), usedByBuyer: n });
    return { coupon, discount: couponDiscount(coupon, order.subtotal) };
  }

  /** Records a held coupon's use by an order. */
  async redeem(held: HeldCoupon, orderId: string, buyer: CouponBuyer): Promise<void> {
    // Wrapped in a SELECT: TypeORM answers a bare UPDATE with [rows, count] instead of rows.
    const counted: unknown[] = await this.tx.manager.query(
      `WITH counted AS (
         UPDATE coupons SET uses_count = uses_count + 1, updated_at = now()
          WHERE id = $1 AND (max_uses IS NULL OR uses_count < max_uses) RETURNING id)
       SELECT id FROM counted`,
      [held.coupon.id],
    );
    // The row is locked since hold() checked it: this is a guard, not a path.
    if (!counted.length) throw new OrderingException('COUPON_NOT_APPLICABLE', `Coupon ${held.coupon.code} has been used up`);
    await this.tx.manager.query(
      `INSERT INTO coupon_redemptions (id, coupon_id, order_id, buyer_key, amount) VALUES ($1, $2, $3, $4, $5)`,
      [randomUUID(), held.coupon.id, orderId, buyerKey(buyer), held.discount],
    );
  }

  /** Gives the order's coupon use back (idempotent); see releaseCouponForOrder. */
  releaseForOrder(orderId: string): Promise<boolean> {
    return releaseCouponForOrder(this.tx, orderId);
  }
}

/**
 * Gives back the coupon use an order held, once: true when a use was given back. Called by
 * OrderStatusChanger when an order is cancelled before it was paid or accepted.
 */
export async function releaseCouponForOrder(tx: TransactionHost, orderId: string): Promise<boolean> {
  const rows: unknown[] = await tx.manager.query(
    `WITH released AS (
       UPDATE coupon_redemptions SET released_at = now() WHERE order_id = $1 AND released_at IS NULL RETURNING coupon_id)
     , counted AS (
       UPDATE coupons c SET uses_count = c.uses_count - 1, updated_at = now() FROM released WHERE c.id = released.coupon_id AND c.uses_count > 0 RETURNING c.id)
     SELECT id FROM counted`,
    [orderId],
  );
  return rows.length > 0;
}
