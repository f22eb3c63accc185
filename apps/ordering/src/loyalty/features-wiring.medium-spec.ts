// Ordering's secondary features as Nest wires them (coupons, loyalty and referrals, reviews, the
// replicas), against a real PostgreSQL: every service gets its repositories from its module, and a
// use case run through the module's instances reaches the database.
import { randomUUID } from 'node:crypto';
import { FeatureTestingModule, createFeatureTestingModule } from '@platter/testing';
import { CouponRedemptions } from '../coupons/coupon-redemptions';
import { CouponRepository } from '../coupons/coupon.repository';
import { CouponsModule } from '../coupons/coupons.module';
import { ManageCouponsService } from '../coupons/commands/manage-coupons/manage-coupons.service';
import { orderingMigrations } from '../migrations';
import { OrderingConfig } from '../ordering.config';
import { orderingEntities } from '../ordering.entities';
import { CopyRestaurantService } from '../replicas/commands/copy-restaurant/copy-restaurant.service';
import { TrackRestaurantStatusService } from '../replicas/commands/track-restaurant-status/track-restaurant-status.service';
import { ReplicasModule } from '../replicas/replicas.module';
import { RestaurantReplicaRepository } from '../replicas/restaurant-replica.repository';
import { CustomerProfiles } from '../referrals/customer-profiles';
import { ReferralStatsRpc } from '../referrals/queries/referral-stats/referral-stats.rpc';
import { SubmitReviewService } from '../reviews/commands/submit-review/submit-review.service';
import { ReviewRepository } from '../reviews/review.repository';
import { ReviewsModule } from '../reviews/reviews.module';
import { LoyaltyLedger } from './loyalty-ledger';
import { LoyaltyLedgerRepository } from './loyalty-ledger.repository';
import { LoyaltyModule } from './loyalty.module';
import { GetPointsRpc } from './queries/get-points/get-points.rpc';

describe("ordering's secondary features wiring (PostgreSQL)", () => {
  let app: FeatureTestingModule;

  beforeAll(async () => {
    app = await createFeatureTestingModule({
      service: 'ordering',
      database: { entities: orderingEntities, migrations: orderingMigrations },
      imports: [CouponsModule, LoyaltyModule, ReviewsModule, ReplicasModule],
      config: Object.assign(new OrderingConfig(), { SAGA_WATCHDOG_INTERVAL_SECONDS: 0, LOYALTY_BIRTHDAY_CHECK_MINUTES: 0 }),
    });
  });

  afterAll(async () => {
    await app?.close();
  });

  it('resolves every service and handler with its repositories', () => {
    for (const token of [
      ManageCouponsService, CouponRedemptions, CouponRepository, LoyaltyLedger, LoyaltyLedgerRepository, CustomerProfiles, ReferralStatsRpc,
      GetPointsRpc, SubmitReviewService, ReviewRepository, CopyRestaurantService, TrackRestaurantStatusService, RestaurantReplicaRepository,
    ]) {
      expect(app.get<unknown>(token)).toBeInstanceOf(token);
    }
  });

  it('runs use cases through the wired instances', async () => {
    const restaurantId = randomUUID();
    const ownerId = randomUUID();
    const copy = app.get(CopyRestaurantService);
    expect(await copy.apply({ restaurant_id: restaurantId, owner_id: ownerId, name: 'Chez Mama', currency: 'XAF' }, new Date('2026-01-02T10:00:00Z'))).toBe(true);
    expect(await app.get(TrackRestaurantStatusService).apply({ restaurant_id: restaurantId, owner_id: ownerId, status: 'suspended' }, new Date('2026-01-01T10:00:00Z'))).toBe(false);

    const customer = randomUUID();
    const ledger = app.get(LoyaltyLedger);
    expect(await app.tx.run(() => ledger.earn({ customerId: customer, points: 50, kind: 'review', key: `review:${randomUUID()}` }))).toBe(true);
    const points = await app.get(GetPointsRpc).handle({ actor: { user_id: customer, role: 'customer' }, data: {} });
    expect(points.balance).toBe(50);
    const stats = await app.get(ReferralStatsRpc).handle({ actor: { user_id: customer, role: 'customer' }, data: {} });
    expect(stats).toMatchObject({ invited: 0, signed_up: 0, completed: 0, points_earned: 0 });
  });
});
