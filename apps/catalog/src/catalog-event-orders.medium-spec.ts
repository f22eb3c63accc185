// Catalog's consumers under every order of one aggregate's events (and redelivered), on the real
// PostgreSQL and Redis through the real handlers (docs/event-ordering.md). A menu item hears
// order.created (its stock, a sell-out) and the kitchen's item.86ed: each decision on its
// availability carries when it was made, so the newest wins whatever order they arrive in. A
// restaurant's own events only drop its cached public reads: any order ends with nothing stale.
import { randomBytes, randomUUID } from 'node:crypto';
import { Item86ed, MessageEnvelope, OrderCreated } from '@platter/contracts';
import { EventDeliverer, FeatureTestingModule, ThrowawaySchema, createFeatureTestingModule, createThrowawaySchema, deliverInEveryOrder, envelopesOf } from '@platter/testing';
import { BrowseCache } from './browse/cache/browse-cache';
import { InvalidateBrowseCacheConsumer } from './browse/invalidation/invalidate-browse-cache.consumer';
import { browseCache } from './browse/testing/browse-handlers';
import { CatalogConfig } from './catalog.config';
import { OrderCreatedConsumer } from './menu/commands/record-item-orders/order-created.consumer';
import { Item86edConsumer } from './menu/commands/set-item-availability/item-86ed.consumer';
import { CATALOG_DATABASE, CATALOG_FEATURES } from './testing/catalog-services';

describe("catalog under every order of an aggregate's events (PostgreSQL + Redis)", () => {
  let db: ThrowawaySchema;
  let bed: FeatureTestingModule;
  let cache: BrowseCache;
  let deliverer: EventDeliverer;
  const restaurantId = randomUUID();
  const ownerId = randomUUID();
  const kitchenStaff = randomUUID();

  beforeAll(async () => {
    db = await createThrowawaySchema('catalog', CATALOG_DATABASE);
    cache = browseCache(`medium_${randomBytes(4).toString('hex')}`);
    await cache.onModuleInit();
    await cache.whenReady();
    bed = await createFeatureTestingModule({ service: 'catalog', database: db, imports: CATALOG_FEATURES, config: new CatalogConfig(), overrides: [{ provide: BrowseCache, useValue: cache }] });
    deliverer = new EventDeliverer(bed, 'catalog', [OrderCreatedConsumer, Item86edConsumer, InvalidateBrowseCacheConsumer]);
    await db.dataSource.query(
      `INSERT INTO restaurants (id, owner_id, name, address, slug, status) VALUES ($1, $2, 'Chez Tata', 'Bastos, Yaoundé', $3, 'approved')`,
      [restaurantId, ownerId, `chez-tata-${randomBytes(2).toString('hex')}`],
    );
  });

  afterAll(async () => {
    await bed?.close();
    await cache?.onModuleDestroy();
    await db?.drop();
  });

  /** Items with one unit left, one per order the harness tries (events() is synchronous). */
  async function lastUnitItems(count: number): Promise<string[]> {
    const ids = Array.from({ length: count }, () => randomUUID());
    for (const id of ids) {
      await db.dataSource.query(
        `INSERT INTO menu_items (id, restaurant_id, name, price, currency, is_available, stock_quantity) VALUES ($1, $2, 'Bouteille de vin', 9000, 'XAF', true, 1)`,
        [id, restaurantId],
      );
    }
    return ids;
  }

  const orderOf = (itemId: string): OrderCreated => ({
    order_id: randomUUID(), order_number: 'ORD-20261207-ORDERS', restaurant_id: restaurantId, restaurant_owner_id: ownerId, customer_id: randomUUID(),
    status: 'created', items: [{ menu_item_id: itemId, name: 'Bouteille de vin', quantity: 1, unit_price: 9000 }],
    subtotal: 9000, total_amount: 9000, currency: 'XAF', delivery_type: 'pickup', payment_method: 'cash',
  });
  const kitchen86 = (itemId: string, available: boolean): Item86ed => ({ item_id: itemId, restaurant_id: restaurantId, available, by: kitchenStaff });

  const itemState = async (envelopes: MessageEnvelope[]) => {
    const first = envelopes[0].payload as Partial<Item86ed> & Partial<OrderCreated>;
    const itemId = first.item_id ?? first.items![0].menu_item_id;
    const [row] = await db.dataSource.query(`SELECT is_available, stock_quantity, order_count FROM menu_items WHERE id = $1`, [itemId]);
    return row;
  };

  it('an item the kitchen brings back after it sold out stays available, whatever arrives first', async () => {
    const items = await lastUnitItems(7);
    const failures = await deliverInEveryOrder({
      deliverer,
      events: () => {
        const id = items.shift()!;
        return envelopesOf(
          [
            { type: 'order.created', payload: orderOf(id) },
            { type: 'item.86ed', payload: kitchen86(id, false) },
            { type: 'item.86ed', payload: kitchen86(id, true) },
          ],
          'kitchen',
        );
      },
      state: itemState,
      expected: () => ({ is_available: true, stock_quantity: 0, order_count: 1 }),
      // An item.86ed retried behind the other could outlast its budget: no order may need retries.
      retries: 0,
    });
    expect(failures).toEqual([]);
  });

  it('an item that sells out after the kitchen brought it back is off, whatever arrives first', async () => {
    const items = await lastUnitItems(7);
    const failures = await deliverInEveryOrder({
      deliverer,
      events: () => {
        const id = items.shift()!;
        return envelopesOf(
          [
            { type: 'item.86ed', payload: kitchen86(id, false) },
            { type: 'item.86ed', payload: kitchen86(id, true) },
            { type: 'order.created', payload: orderOf(id) },
          ],
          'kitchen',
        );
      },
      state: itemState,
      expected: () => ({ is_available: false, stock_quantity: 0, order_count: 1 }),
      retries: 0,
    });
    expect(failures).toEqual([]);
  });

  it("a restaurant's events leave none of its public reads cached, in every order", async () => {
    // Restaurants whose menu is cached (stale: 'before'), one per order the harness tries.
    const restaurants = Array.from({ length: 7 }, () => randomUUID());
    for (const id of restaurants) await cache.read('menu', id, undefined, async () => id, async () => ({ restaurantId: id, value: 'before' }));
    const failures = await deliverInEveryOrder({
      deliverer,
      events: () => {
        const id = restaurants.shift()!;
        return envelopesOf(
          [
            { type: 'menu.item-changed', payload: { item_id: randomUUID(), restaurant_id: id, name: 'Eru', price: 2500, currency: 'XAF', is_available: true, deleted: false } },
            { type: 'menu.category-changed', payload: { category_id: randomUUID(), restaurant_id: id, name: 'Plats', position: 0, deleted: false } },
            { type: 'restaurant.status-changed', payload: { restaurant_id: id, owner_id: ownerId, status: 'suspended' } },
          ],
          'catalog',
        );
      },
      // What a public read answers now: the cached copy, or a fresh load.
      state: async (envelopes) => {
        const id = (envelopes[0].payload as { restaurant_id: string }).restaurant_id;
        return cache.read('menu', id, undefined, async () => id, async () => ({ restaurantId: id, value: 'after' }));
      },
      expected: () => 'after',
      retries: 0,
    });
    expect(failures).toEqual([]);
  });
});
