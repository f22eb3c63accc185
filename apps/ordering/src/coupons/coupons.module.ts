import { Module } from '@nestjs/common';
import { ManageCouponsRpc } from './commands/manage-coupons/manage-coupons.rpc';
import { ManageCouponsService } from './commands/manage-coupons/manage-coupons.service';
import { CouponRedemptions } from './coupon-redemptions';
import { CouponRepository } from './coupon.repository';

/** Coupons: restaurants' and the platform's, managed here, applied at placement (CouponRedemptions). */
@Module({
  controllers: [ManageCouponsRpc],
  providers: [ManageCouponsService, CouponRedemptions, CouponRepository],
  exports: [CouponRedemptions],
})
export class CouponsModule {}
