import { Module } from '@nestjs/common';
import { CouponsHandler } from './commands/manage-coupons/coupons.handler';
import { ManageCouponsService } from './commands/manage-coupons/manage-coupons.service';
import { CouponRedemptions } from './coupon-redemptions';
import { CouponRepository } from './coupon.repository';

/** Coupons: restaurants' and the platform's, managed here, applied at placement (CouponRedemptions). */
@Module({
  controllers: [CouponsHandler],
  providers: [ManageCouponsService, CouponRedemptions, CouponRepository],
  exports: [CouponRedemptions],
})
export class CouponsModule {}
