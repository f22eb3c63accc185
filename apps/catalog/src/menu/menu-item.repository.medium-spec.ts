// The menu item repository against a real PostgreSQL: it joins the caller's transaction, counts
// orders and stock in one statement, and the /products listing treats search text literally.
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { TransactionHost } from '@platter/persistence';
import { ThrowawaySchema, createThrowawaySchema } from '@platter/testing';
import { CATALOG_DATABASE, CatalogServices, catalogServices } from '../testing/catalog-services';
import { MenuItem } from './menu-item.entity';
import { MenuItemRepository } from './menu-item.repository';

describe('MenuItemRepository (PostgreSQL)', () => {
  let db: ThrowawaySchema;
  let catalog: CatalogServices;
  let dataSource: DataSource;
  let tx: TransactionHost;
  let items: MenuItemRepository;
  const restaurantId = randomUUID();

  const newItem = (over: Partial<MenuItem> = {}): MenuItem =>
    items.create({
      id: randomUUID(), restaurant_id: restaurantId, category_id: null, name: 'Poulet DG', description: null, price: 5000, currency: 'XAF',
      is_available: true, order_count: 0, prep_time_minutes: null, stock_quantity: null, availability_schedule: null, deleted_at: null, ...over,
    });

  beforeAll(async () => {
    db = await createThrowawaySchema('catalog_menu_items', CATALOG_DATABASE);
    ({ dataSource } = db);
    catalog = await catalogServices(db);
    tx = catalog.get(TransactionHost);
    items = catalog.get(MenuItemRepository);
    await dataSource.query(
      `INSERT INTO restaurants (id, owner_id, name, address, slug, status) VALUES ($1, $2, 'Chez Tata', 'Bastos, Yaoundé', 'chez-tata', 'approved')`,
      [restaurantId, randomUUID()],
    );
  });

  afterAll(async () => {
    await catalog?.close();
    await db?.drop();
  });

  it('writes in the transaction the caller opened, so a failure after it leaves nothing', async () => {
    const item = newItem({ name: 'Eru' });
    await expect(tx.run(async () => {
      await items.insert(item);
      expect(await items.findLive(item.id, restaurantId)).not.toBeNull();
      throw new Error('later step failed');
    })).rejects.toThrow('later step failed');
    expect(await items.findLive(item.id, null)).toBeNull();
  });

  it('counts units ordered and takes them from a counted stock, never below zero, for the restaurant named only', async () => {
    const counted = newItem({ name: 'Beignets', stock_quantity: 3 });
    const uncounted = newItem({ name: 'Bouillie' });
    await items.insert(counted);
    await items.insert(uncounted);

    expect(await items.recordOrdered(counted.id, restaurantId, 2)).toEqual({ stock_quantity: 1, is_available: true });
    expect(await items.recordOrdered(counted.id, restaurantId, 5)).toEqual({ stock_quantity: 0, is_available: true });
    expect(await items.recordOrdered(uncounted.id, restaurantId, 4)).toEqual({ stock_quantity: null, is_available: true });
    expect(await items.recordOrdered(counted.id, randomUUID(), 1)).toBeNull();
    expect(await items.get(counted.id)).toMatchObject({ order_count: 7, stock_quantity: 0 });
    expect(await items.get(uncounted.id)).toMatchObject({ order_count: 4, stock_quantity: null });
  });

  it('lists products whose name contains the search text as typed, % and _ included', async () => {
    await items.insert(newItem({ name: 'Jus 100% gingembre' }));
    await items.insert(newItem({ name: 'Jus 100 ml gingembre' }));
    const [found, total] = await items.pageOfListing({ restaurantId, search: '100%', page: 1, limit: 10 });
    expect(found.map((i) => i.name)).toEqual(['Jus 100% gingembre']);
    expect(total).toBe(1);
    expect((await items.pageOfListing({ restaurantId, search: 'jus_', page: 1, limit: 10 }))[1]).toBe(0);
  });
});
