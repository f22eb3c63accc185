import { Module } from '@nestjs/common';
import { ReplicasModule } from '../replicas/replicas.module';
import { ManageCouponsRpc } from './commands/manage-coupons/manage-coupons.rpc';
import { ManageCouponsService } from './commands/manage-coupons/manage-coupons.service';
import { CouponRedemptions } from './coupon-redemptions';
import { CouponRepository } from './coupon.repository';

/** Coupons: restaurants' and the platform's, managed here, applied at placement (CouponRedemptions). */
@Module({
  // A restaurant's coupons are managed for the restaurant ordering's copy says the actor acts for.
  imports: [ReplicasModule],
  controllers: [ManageCouponsRpc],
  providers: [ManageCouponsService, CouponRedemptions, CouponRepository],
  exports: [CouponRedemptions],
})
export class CouponsModule {}
