// Managing coupons against a real PostgreSQL: who may, unique codes per scope, updates, deletion.
import { randomUUID } from 'node:crypto';
import { Actor } from '@platter/contracts';
import { validData } from '@platter/service-kit';
import { FeatureTestingModule, rejection } from '@platter/testing';
import { orderingServices } from '../testing/ordering-services';
import { CopyRestaurantService } from '../replicas/commands/copy-restaurant/copy-restaurant.service';
import { UpdateCouponRequest as CouponPatchRequest, CreateCouponRpcRequest as CreateCouponRequest, ListCouponsRpcRequest as ListCouponsRequest } from '@platter/contracts';
import { ManageCouponsService } from './commands/manage-coupons/manage-coupons.service';

const restaurantId = randomUUID();
const otherRestaurantId = randomUUID();
const ownerId = randomUUID();
const owner: Actor = { user_id: ownerId, role: 'restaurant_owner', restaurant_id: restaurantId, restaurant_role: 'owner' };
const ownerWithoutClaim: Actor = { user_id: ownerId, role: 'restaurant_owner' };
const manager: Actor = { user_id: randomUUID(), role: 'restaurant_staff', restaurant_id: restaurantId, restaurant_role: 'manager' };
const staff: Actor = { user_id: randomUUID(), role: 'restaurant_staff', restaurant_id: restaurantId, restaurant_role: 'staff' };
const otherOwner: Actor = { user_id: randomUUID(), role: 'restaurant_owner', restaurant_id: otherRestaurantId, restaurant_role: 'owner' };
const admin: Actor = { user_id: randomUUID(), role: 'admin' };

describe('coupons (PostgreSQL)', () => {
  let bed: FeatureTestingModule;
  let coupons: ManageCouponsService;
  const create = async (actor: Actor, body: Record<string, unknown>) => coupons.create(actor, validData(CreateCouponRequest, body));
  const list = (actor: Actor, query: Record<string, unknown>) => coupons.list(actor, validData(ListCouponsRequest, query));

  beforeAll(async () => {
    bed = await orderingServices();
    coupons = bed.get(ManageCouponsService);
    const copy = bed.get(CopyRestaurantService);
    await copy.apply({ restaurant_id: restaurantId, owner_id: ownerId, name: 'Chez Mama', currency: 'XAF' }, new Date('2026-01-01T10:00:00Z'));
    await copy.apply({ restaurant_id: otherRestaurantId, owner_id: otherOwner.user_id, name: 'Koshari', currency: 'EGP' }, new Date('2026-01-01T10:00:00Z'));
  });

  afterAll(async () => {
    await bed?.close();
  });

  it("creates a restaurant's coupon in its currency, for its owner and managers only", async () => {
    const coupon = await create(owner, { scope: 'restaurant', code: 'Mama10', discount_type: 'percent', percent_bps: 1000, max_discount: 2000, max_uses: 100, per_customer_limit: 1 });
    expect(coupon).toMatchObject({
      scope: 'restaurant', restaurant_id: restaurantId, code: 'Mama10', discount_type: 'percent', percent_bps: 1000, amount: null, max_discount: 2000,
      min_subtotal: 0, currency: 'XAF', max_uses: 100, uses_count: 0, per_customer_limit: 1, is_active: true, starts_at: null, ends_at: null,
    });
    expect((await create(manager, { scope: 'restaurant', code: 'MGR', discount_type: 'fixed', amount: 500 })).currency).toBe('XAF');
    expect((await create(ownerWithoutClaim, { scope: 'restaurant', code: 'NOCLAIM', discount_type: 'fixed', amount: 500 })).restaurant_id).toBe(restaurantId);
    expect((await rejection(create(staff, { scope: 'restaurant', code: 'STAFF', discount_type: 'fixed', amount: 500 }))).code).toBe('FORBIDDEN');
    expect((await rejection(create(admin, { scope: 'restaurant', code: 'ADM', discount_type: 'fixed', amount: 500 }))).code).toBe('RESTAURANT_NOT_AVAILABLE');
    expect((await rejection(create(owner, { scope: 'platform', code: 'PLAT', discount_type: 'fixed', amount: 500 }))).code).toBe('FORBIDDEN');
    const wrongCurrency = await rejection(create(owner, { scope: 'restaurant', code: 'EURO', discount_type: 'fixed', amount: 500, currency: 'EUR' }));
    expect(wrongCurrency.details).toEqual([{ field: 'currency', message: "A restaurant's coupons are in its currency (XAF)" }]);
  });

  it('keeps codes unique per scope, case-insensitively (409), and checks the terms together (400)', async () => {
    expect((await rejection(create(manager, { scope: 'restaurant', code: 'MAMA10', discount_type: 'fixed', amount: 100 }))).code).toBe('CONFLICT');
    // Another restaurant, or the platform, may use the same code.
    expect((await create(otherOwner, { scope: 'restaurant', code: 'mama10', discount_type: 'fixed', amount: 100 })).currency).toBe('EGP');
    expect((await create(admin, { scope: 'platform', code: 'MAMA10', discount_type: 'percent', percent_bps: 500 })).currency).toBe('XAF');
    const bad = await rejection(create(owner, { scope: 'restaurant', code: 'BAD', discount_type: 'percent', amount: 100, starts_at: '2026-02-01T00:00:00Z', ends_at: '2026-01-01T00:00:00Z' }));
    expect(bad.code).toBe('VALIDATION_ERROR');
    expect(bad.details!.map((d) => d.field)).toEqual(['percent_bps', 'amount', 'ends_at']);
    expect((await rejection(create(owner, { scope: 'restaurant', code: 'x', discount_type: 'fixed', amount: 1 }))).details![0].field).toBe('code');
  });

  it('changes only the fields given, switching kind cleanly, and refuses a code taken by another coupon', async () => {
    const coupon = await create(owner, { scope: 'restaurant', code: 'SWITCH', discount_type: 'percent', percent_bps: 1500, max_discount: 1000 });
    const fixed = await coupons.update(owner, 'restaurant', coupon.id, validData(CouponPatchRequest, { discount_type: 'fixed', amount: 700 }));
    expect(fixed).toMatchObject({ discount_type: 'fixed', amount: 700, percent_bps: null, max_discount: null, code: 'SWITCH' });
    const later = await coupons.update(owner, 'restaurant', coupon.id, validData(CouponPatchRequest, { ends_at: '2030-01-01T00:00:00Z', is_active: false }));
    expect(later).toMatchObject({ ends_at: '2030-01-01T00:00:00.000Z', is_active: false, amount: 700 });
    expect((await coupons.update(owner, 'restaurant', coupon.id, validData(CouponPatchRequest, { ends_at: null }))).ends_at).toBeNull();
    expect((await rejection(coupons.update(owner, 'restaurant', coupon.id, validData(CouponPatchRequest, { code: 'mama10' })))).code).toBe('CONFLICT');
    // Another restaurant's coupon does not exist for this one, nor a platform coupon for a restaurant.
    expect((await rejection(coupons.update(otherOwner, 'restaurant', coupon.id, validData(CouponPatchRequest, { amount: 1 })))).code).toBe('NOT_FOUND');
    expect((await rejection(coupons.get(admin, 'platform', coupon.id))).code).toBe('NOT_FOUND');
  });

  it('deletes a coupon softly: gone from lists, its code free again', async () => {
    const coupon = await create(owner, { scope: 'restaurant', code: 'GONE', discount_type: 'fixed', amount: 100 });
    expect(await coupons.remove(owner, 'restaurant', coupon.id)).toEqual({ deleted: true });
    expect((await rejection(coupons.get(owner, 'restaurant', coupon.id))).code).toBe('NOT_FOUND');
    expect((await list(owner, { scope: 'restaurant', code: 'gone' })).items).toEqual([]);
    expect((await create(owner, { scope: 'restaurant', code: 'gone', discount_type: 'fixed', amount: 200 })).amount).toBe(200);
  });

  it('lists a scope’s coupons newest first, filtered by code and active flag', async () => {
    const mine = await list(owner, { scope: 'restaurant', limit: 100 });
    expect(mine.items.every((c) => c.restaurant_id === restaurantId)).toBe(true);
    expect(mine.items.map((c) => c.code)).toEqual(expect.arrayContaining(['Mama10', 'MGR', 'SWITCH']));
    expect((await list(manager, { scope: 'restaurant', code: 'MAMA' })).items.map((c) => c.code)).toEqual(['Mama10']);
    expect((await list(owner, { scope: 'restaurant', is_active: false })).items.map((c) => c.code)).toEqual(['SWITCH']);
    expect((await list(admin, { scope: 'platform' })).items.map((c) => c.code)).toEqual(['MAMA10']);
    // A LIKE wildcard in the filter is a plain character.
    expect((await list(owner, { scope: 'restaurant', code: '%' })).items).toEqual([]);
  });
});
