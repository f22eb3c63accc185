// Catalog against a real PostgreSQL: a throwaway schema in platter_test, the service's own
// migrations, and the use-case services and query handlers driven directly.
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Actor, ALWAYS_OPEN_HOURS, CreateRestaurantRequest, RestaurantView } from '@platter/contracts';
import { ThrowawaySchema, createThrowawaySchema } from '@platter/testing';
import { CreateCategoryService } from './menu/commands/create-category/create-category.service';
import { CreateMenuItemService } from './menu/commands/create-item/create-menu-item.service';
import { RecordItemOrdersService } from './menu/commands/record-item-orders/record-item-orders.service';
import { ApproveRestaurantService } from './restaurants/commands/approve-restaurant/approve-restaurant.service';
import { CreateRestaurantService } from './restaurants/commands/create-restaurant/create-restaurant.service';
import { CATALOG_DATABASE, CatalogServices, catalogServices } from './testing/catalog-services';
import { validData } from '@platter/service-kit';

const owner: Actor = { user_id: randomUUID(), role: 'restaurant_owner' };
const otherOwner: Actor = { user_id: randomUUID(), role: 'restaurant_owner' };

describe('catalog (PostgreSQL)', () => {
  let db: ThrowawaySchema;
  let dataSource: DataSource;
  let catalog: CatalogServices;
  let createRestaurant: CreateRestaurantService;
  let approveRestaurant: ApproveRestaurantService;
  let createCategory: CreateCategoryService;
  let createItem: CreateMenuItemService;
  let recordItemOrders: RecordItemOrdersService;
  let restaurant: RestaurantView;

  const outbox = async (type: string) =>
    (await dataSource.query(`SELECT envelope->'payload' AS payload FROM outbox WHERE routing_key = $1 ORDER BY seq`, [type])).map((r: { payload: object }) => r.payload);
  const newRestaurant = (actor: Actor, name: string) =>
    createRestaurant.create(actor, validData(CreateRestaurantRequest, { name, address: 'Akwa, Douala', latitude: 4.05, longitude: 9.7 }));

  beforeAll(async () => {
    db = await createThrowawaySchema('catalog', CATALOG_DATABASE);
    ({ dataSource } = db);
    catalog = await catalogServices(db);
    ({ createRestaurant, approveRestaurant, createCategory, createItem, recordItemOrders } = catalog);
  });

  afterAll(async () => {
    await catalog?.close();
    await db?.drop();
  });

  it('creates a pending restaurant, one per owner', async () => {
    restaurant = await newRestaurant(owner, 'Chez Mama');
    expect(restaurant).toMatchObject({ owner_id: owner.user_id, status: 'pending', currency: 'XAF', commission_rate: 0.15, latitude: 4.05, longitude: 9.7 });
    await expect(newRestaurant(owner, 'Chez Mama 2')).rejects.toMatchObject({ code: 'CONFLICT' });
    const racing = await Promise.allSettled([newRestaurant(otherOwner, 'A'), newRestaurant(otherOwner, 'B')]);
    expect(racing.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(racing.find((r) => r.status === 'rejected')).toMatchObject({ reason: { code: 'CONFLICT' } });
  });

  it('builds the menu while pending, checking categories belong to the restaurant', async () => {
    const mains = await createCategory.create(owner, { name: 'Plats' });
    const drinks = await createCategory.create(owner, { name: 'Boissons' });
    await createItem.create(owner, { name: 'Ndolé', price: 3500, category_id: mains.id });
    await createItem.create(owner, { name: 'Koki', price: 1500, category_id: mains.id, is_available: false });
    await createItem.create(owner, { name: 'Jus de foléré', price: 800, category_id: drinks.id });
    await createItem.create(owner, { name: 'Plantain frit', price: 500 });
    const foreign = await createCategory.create(otherOwner, { name: 'Autres' });
    await expect(createItem.create(owner, { name: 'X', price: 1, category_id: foreign.id })).rejects.toMatchObject({
      code: 'VALIDATION_ERROR',
      details: [{ field: 'category_id', message: expect.any(String) }],
    });
    expect(await outbox('menu.item-changed')).toHaveLength(4);
    // Not public before approval.
    await expect(catalog.browse.restaurant.handle({ actor: null, data: { id: restaurant.id } })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('approves once, announcing the restaurant and its whole menu again', async () => {
    const approved = await approveRestaurant.approve(restaurant.id);
    expect(approved.status).toBe('approved');
    // A restaurant that never set hours takes orders around the clock.
    expect(await outbox('restaurant.approved')).toEqual([
      { restaurant_id: restaurant.id, owner_id: owner.user_id, name: 'Chez Mama', currency: 'XAF', timezone: 'Africa/Douala', commission_rate: 0.15, opening_hours: ALWAYS_OPEN_HOURS, hours_exceptions: [], latitude: 4.05, longitude: 9.7 },
    ]);
    const items = await outbox('menu.item-changed');
    expect(items).toHaveLength(8);
    expect(items.slice(4).map((i: { name: string }) => i.name).sort()).toEqual(['Jus de foléré', 'Koki', 'Ndolé', 'Plantain frit']);
    await expect(approveRestaurant.approve(restaurant.id)).rejects.toMatchObject({ code: 'INVALID_STATE_TRANSITION', status: 422 });
  });

  it('lists approved restaurants only and serves their available menu', async () => {
    const page = await catalog.browse.list.handle({ actor: null, data: { page: 1, limit: 10 } });
    expect(page.items.map((r) => r.id)).toEqual([restaurant.id]);
    expect(page.pagination).toEqual({ page: 1, limit: 10, total: 1, totalPages: 1 });
    const menu = await catalog.browse.menu.handle({ actor: null, data: { id: restaurant.id } });
    expect(menu.categories.map((c) => [c.name, c.items.map((i) => i.name)])).toEqual([
      ['Plats', ['Ndolé']],
      ['Boissons', ['Jus de foléré']],
    ]);
    expect(menu.uncategorized.map((i) => i.name)).toEqual(['Plantain frit']);
  });

  it('counts units ordered per item from order.created', async () => {
    const [ndole] = await dataSource.query(`SELECT id FROM menu_items WHERE name = 'Ndolé'`);
    const line = { menu_item_id: ndole.id, name: 'Ndolé', unit_price: 3500 };
    await recordItemOrders.record({
      order_id: randomUUID(), order_number: 'ORD-20260101-AAAAAA', restaurant_id: restaurant.id, restaurant_owner_id: owner.user_id,
      customer_id: randomUUID(), status: 'created', items: [{ ...line, quantity: 2 }, { ...line, quantity: 1 }],
      subtotal: 10500, total_amount: 11500, currency: 'XAF', delivery_type: 'delivery', payment_method: 'cash',
    }, new Date());
    const [row] = await dataSource.query(`SELECT order_count FROM menu_items WHERE id = $1`, [ndole.id]);
    expect(row.order_count).toBe(3);
  });
});
