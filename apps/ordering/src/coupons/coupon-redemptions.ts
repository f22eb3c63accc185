import { Injectable } from '@nestjs/common';
import { OrderingException } from '../orders/ordering.exception';
import { Coupon } from './coupon.entity';
import { CouponRepository } from './coupon.repository';
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
  constructor(private readonly coupons: CouponRepository) {}

  async hold(code: string, order: { restaurantId: string; currency: string; subtotal: number; buyer: CouponBuyer; now?: Date }): Promise<HeldCoupon> {
    const coupon = await this.coupons.findForOrder(couponKey(code), order.restaurantId);
    if (!coupon) throw new OrderingException('COUPON_NOT_APPLICABLE', `Coupon ${code.trim()} does not exist`);
    const usedByBuyer = await this.coupons.heldUses(coupon.id, buyerKey(order.buyer));
    assertCouponApplies(coupon, { currency: order.currency, subtotal: order.subtotal, now: order.now ?? new Date(), usedByBuyer });
    return { coupon, discount: couponDiscount(coupon, order.subtotal) };
  }

  /** Records a held coupon's use by an order. */
  async redeem(held: HeldCoupon, orderId: string, buyer: CouponBuyer): Promise<void> {
    // The row is locked since hold() checked it: this is a guard, not a path.
    if (!(await this.coupons.countUse(held.coupon.id))) throw new OrderingException('COUPON_NOT_APPLICABLE', `Coupon ${held.coupon.code} has been used up`);
    await this.coupons.recordRedemption({ couponId: held.coupon.id, orderId, buyerKey: buyerKey(buyer), amount: held.discount });
  }

  /**
   * Gives back the coupon use an order held, once: true when a use was given back. Called by
   * OrderStatusChanger when an order is cancelled before it was paid or accepted.
   */
  releaseForOrder(orderId: string): Promise<boolean> {
    return this.coupons.releaseForOrder(orderId);
  }
}
