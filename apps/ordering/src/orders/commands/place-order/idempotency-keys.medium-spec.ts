import { randomUUID } from 'node:crypto';
import { PlaceGuestOrderRpcRequest } from '@platter/contracts';
import { validData } from '@platter/service-kit';
import { FeatureTestingModule } from '@platter/testing';
import { OrderingConfig } from '../../../ordering.config';
import { CopyMenuItemService } from '../../../replicas/commands/copy-menu-item/copy-menu-item.service';
import { CopyRestaurantService } from '../../../replicas/commands/copy-restaurant/copy-restaurant.service';
import { orderingServices } from '../../../testing/ordering-services';
import { IdempotencyKeys } from './idempotency-keys';
import { PlaceOrderService } from './place-order.service';

// Ordering's Idempotency-Keys: a guest's retried order is placed once, and keys are kept for the
// replay window only (older ones are pruned, in batches, by one replica at a time, over the
// created_at index).
describe('ordering Idempotency-Keys (PostgreSQL)', () => {
  let bed: FeatureTestingModule;

  beforeAll(async () => {
    bed = await orderingServices(new OrderingConfig());
  });

  afterAll(async () => {
    await bed?.close();
  });

  it("places one guest order for a guest's POST retried with the same key, and answers it again with its tracking token", async () => {
    const restaurantId = randomUUID();
    const itemId = randomUUID();
    await bed.get(CopyRestaurantService).apply({ restaurant_id: restaurantId, owner_id: randomUUID(), name: 'Chez Guest', currency: 'XAF' }, new Date('2026-01-01T10:00:00Z'));
    await bed.get(CopyMenuItemService).apply(
      { item_id: itemId, restaurant_id: restaurantId, name: 'Ndolé', price: 2500, currency: 'XAF', is_available: true, category_id: null, deleted: false },
      new Date('2026-01-01T10:00:01Z'),
    );
    const body = { restaurant_id: restaurantId, items: [{ menu_item_id: itemId, quantity: 1 }], delivery_type: 'pickup', payment_method: 'cash', guest: { name: 'Awa', phone: '+237670000077' } };
    const place = (extra: Record<string, unknown>) => bed.get(PlaceOrderService).placeForGuest(validData(PlaceGuestOrderRpcRequest, { ...body, ...extra }));

    const first = await place({ idempotency_key: 'guest-key-1' });
    const again = await place({ idempotency_key: 'guest-key-1' });
    expect(again).toEqual(first);
    const orders = await bed.dataSource.query(`SELECT id FROM orders WHERE restaurant_id = $1`, [restaurantId]);
    expect(orders).toEqual([{ id: first.order.id }]);
    await expect(place({ idempotency_key: 'guest-key-1', guest: { name: 'Awa', phone: '+237670000078' } })).rejects.toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
    // Another key is another order.
    expect((await place({ idempotency_key: 'guest-key-2' })).order.id).not.toBe(first.order.id);
  });

  it('deletes keys older than 24 hours and keeps younger ones; leaves the round to a replica already pruning', async () => {
    const customer = randomUUID();
    const insertKey = (key: string, age: string) =>
      bed.dataSource.query(`INSERT INTO idempotency_keys (customer_id, key, request_hash, response, created_at) VALUES ($1, $2, 'h', '{}', now() - $3::interval)`, [customer, key, age]);
    for (let i = 0; i < 1003; i++) await insertKey(`old-${i}`, '24 hours 1 minute');
    await insertKey('young', '23 hours 59 minutes');
    const left = async () => Number((await bed.dataSource.query(`SELECT count(*) AS n FROM idempotency_keys WHERE customer_id = $1`, [customer]))[0].n);
    const pruner = bed.get(IdempotencyKeys).pruner;

    const other = bed.dataSource.createQueryRunner();
    await other.startTransaction();
    await other.query(`SELECT pg_advisory_xact_lock(hashtext(current_schema() || '.idempotency_keys.prune'))`);
    await expect(pruner.pruneExpired()).resolves.toBe(0);
    await other.rollbackTransaction();
    await other.release();
    expect(await left()).toBe(1004);

    // More than one batch (1000) of expired keys: all of them go, in several transactions.
    await expect(pruner.pruneExpired()).resolves.toBe(1003);
    expect(await bed.dataSource.query(`SELECT key FROM idempotency_keys WHERE customer_id = $1`, [customer])).toEqual([{ key: 'young' }]);
    const indexes = await bed.dataSource.query(`SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() AND tablename = 'idempotency_keys' AND indexdef LIKE '%(created_at)%'`);
    expect(indexes).toHaveLength(1);
  });
});
