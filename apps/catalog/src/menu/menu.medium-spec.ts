// Menus against a real PostgreSQL: every change writes its event to the outbox in the same
// transaction; imports and bulk price updates are all or nothing; /products maps onto items.
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import {
  Actor, BulkPriceRequest, CreateMenuItemRequest, CreateNamedCategoryItemRequest, CreateProductRequest, ImportMenuRequest, ListProductsData, listMenuItemsOf,
  NamedCategoryItemRequest, namedCategoryItemOf, productOf, ProductRequest, UpdateCategoryRequest, UpdateMenuItemRequest,
} from '@platter/contracts';
import { ThrowawaySchema, createThrowawaySchema } from '@platter/testing';
import { validData } from '@platter/service-kit';
import { ListProductsRpc } from '../products/queries/list-products/list-products.rpc';
import { CATALOG_DATABASE, CatalogServices, catalogServices } from '../testing/catalog-services';
import { BulkUpdatePricesService } from './commands/bulk-update-prices/bulk-update-prices.service';
import { CreateCategoryService } from './commands/create-category/create-category.service';
import { CreateMenuItemService } from './commands/create-item/create-menu-item.service';
import { ImportMenuService } from './commands/import-menu/import-menu.service';
import { UpdateMenuItemService } from './commands/update-item/update-menu-item.service';
import { GetMyMenuRpc } from './queries/get-my-menu/get-my-menu.rpc';

describe('menus (PostgreSQL)', () => {
  let db: ThrowawaySchema;
  let catalog: CatalogServices;
  let dataSource: DataSource;
  let createCategory: CreateCategoryService;
  let createItem: CreateMenuItemService;
  let updateItem: UpdateMenuItemService;
  let importMenu: ImportMenuService;
  let bulkPrices: BulkUpdatePricesService;
  const restaurantId = randomUUID();
  const owner: Actor = { user_id: randomUUID(), role: 'restaurant_owner', restaurant_id: restaurantId, restaurant_role: 'owner' };
  const staff: Actor = { user_id: randomUUID(), role: 'restaurant_staff', restaurant_id: restaurantId, restaurant_role: 'staff' };

  const outbox = async (type: string): Promise<Array<Record<string, unknown>>> =>
    (await dataSource.query(`SELECT envelope->'payload' AS payload FROM outbox WHERE routing_key = $1 ORDER BY seq`, [type])).map(
      (r: { payload: Record<string, unknown> }) => r.payload,
    );
  const outboxCount = async () => Number((await dataSource.query(`SELECT count(*) AS n FROM outbox`))[0].n);
  const item = (data: object) => validData(CreateMenuItemRequest, data);

  beforeAll(async () => {
    db = await createThrowawaySchema('catalog_menus', CATALOG_DATABASE);
    ({ dataSource } = db);
    catalog = await catalogServices(db);
    ({ createCategory, createItem, updateItem, importMenu, bulkPrices } = catalog);
    await dataSource.query(
      `INSERT INTO restaurants (id, owner_id, name, address, slug, status) VALUES ($1, $2, 'Chez Mama', 'Akwa, Douala', 'chez-mama', 'approved')`,
      [restaurantId, owner.user_id],
    );
  });

  afterAll(async () => {
    await catalog?.close();
    await db?.drop();
  });

  it('creates an item with variants and modifier groups, announcing them in menu.item-changed', async () => {
    const mains = await createCategory.create(owner, { name: 'Plats', translations: { en: { name: 'Mains' } } });
    expect((await outbox('menu.category-changed')).at(-1)).toEqual({ category_id: mains.id, restaurant_id: restaurantId, name: 'Plats', position: 0, deleted: false });
    const ndole = await createItem.create(owner, item({
      name: 'Ndolé', price: 3500, category_id: mains.id, allergens: ['Peanuts'], dietary_tags: ['spicy'], prep_time_minutes: 20,
      images: ['https://cdn.example.com/ndole.jpg'], translations: { en: { name: 'Bitterleaf stew' }, fr: { name: 'Ndolé' } },
      variants: [{ name: 'Petit', price: 2500 }, { name: 'Grand', price: 4500 }],
      modifier_groups: [{ name: 'Accompagnement', min_choices: 1, max_choices: 2, options: [{ name: 'Plantain', price_delta: 0 }, { name: 'Riz', price_delta: 300 }] }],
    }));
    expect(ndole).toMatchObject({ allergens: ['peanuts'], prep_time_minutes: 20, variants: [{ name: 'Petit', price: 2500, position: 0 }, { name: 'Grand', price: 4500, position: 1 }] });
    const [event] = await outbox('menu.item-changed');
    expect(event).toMatchObject({
      item_id: ndole.id, price: 3500, deleted: false,
      variants: [{ id: ndole.variants[0].id, name: 'Petit', price: 2500 }, { name: 'Grand', price: 4500 }],
      modifier_groups: [{ name: 'Accompagnement', min_choices: 1, max_choices: 2, options: [{ name: 'Plantain', price_delta: 0, is_available: true }, { name: 'Riz', price_delta: 300 }] }],
      availability_schedule: null,
    });
  });

  it('refuses modifier rules broken, writing nothing', async () => {
    const before = await outboxCount();
    await expect(createItem.create(owner, item({
      name: 'Koki', price: 1500, modifier_groups: [{ name: 'Sauce', min_choices: 3, max_choices: 2, options: [{ name: 'A', price_delta: 0 }] }],
    }))).rejects.toMatchObject({ code: 'VALIDATION_ERROR', details: [
      { field: 'modifier_groups.0.min_choices', message: expect.any(String) },
      { field: 'modifier_groups.0.max_choices', message: expect.any(String) },
    ] });
    expect(await outboxCount()).toBe(before);
    expect(await dataSource.query(`SELECT 1 FROM menu_items WHERE name = 'Koki'`)).toEqual([]);
  });

  it('updates, 86es (staff may), and deletes an item, each change announced', async () => {
    const [ndole] = await dataSource.query(`SELECT id FROM menu_items WHERE name = 'Ndolé'`);
    const updated = await updateItem.update(owner, validData(UpdateMenuItemRequest, { id: ndole.id, price: 3700, variants: [{ name: 'Unique', price: 3700 }] }));
    expect(updated.variants.map((v) => v.name)).toEqual(['Unique']);
    expect(updated.modifier_groups).toHaveLength(1); // not given: kept
    const setAvailability = catalog.setAvailability;
    await expect(updateItem.update(staff, validData(UpdateMenuItemRequest, { id: ndole.id, price: 1 }))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await setAvailability.set(staff, { id: ndole.id, is_available: false })).is_available).toBe(false);
    const events = await outbox('menu.item-changed');
    expect(events.slice(-2).map((e) => [e.price, e.is_available])).toEqual([[3700, true], [3700, false]]);
    const drink = await createItem.create(owner, item({ name: 'Jus de foléré', price: 800 }));
    await catalog.deleteItem.delete(owner, drink.id);
    expect((await outbox('menu.item-changed')).at(-1)).toMatchObject({ item_id: drink.id, deleted: true, is_available: false });
    await expect(setAvailability.set(owner, { id: drink.id, is_available: true })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('schedules a breakfast category: its items are re-announced with the schedule', async () => {
    const breakfast = await createCategory.create(owner, { name: 'Petit-déjeuner' });
    const beignets = await createItem.create(owner, item({ name: 'Beignets haricots', price: 500, category_id: breakfast.id }));
    const schedule = [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '06:00', to: '11:00' }];
    const updated = await catalog.updateCategory.update(owner, validData(UpdateCategoryRequest, { id: breakfast.id, availability_schedule: schedule }));
    expect(updated.availability_schedule).toEqual(schedule);
    expect((await outbox('menu.item-changed')).at(-1)).toMatchObject({ item_id: beignets.id, availability_schedule: schedule });
    const [mains] = await dataSource.query(`SELECT id FROM menu_categories WHERE name = 'Plats'`);
    const reordered = await catalog.reorderCategories.reorder(owner, { category_ids: [breakfast.id, mains.id] });
    expect(reordered.map((c) => [c.name, c.position])).toEqual([['Petit-déjeuner', 0], ['Plats', 1]]);
    await expect(catalog.reorderCategories.reorder(owner, { category_ids: [breakfast.id] })).rejects.toMatchObject({ code: 'VALIDATION_ERROR' });
    await catalog.deleteCategory.delete(owner, breakfast.id);
    expect((await outbox('menu.category-changed')).at(-1)).toMatchObject({ category_id: breakfast.id, deleted: true });
    expect((await outbox('menu.item-changed')).at(-1)).toMatchObject({ item_id: beignets.id, category_id: null, availability_schedule: null });
  });

  it('imports a whole menu, or nothing when a row is bad', async () => {
    const before = await outboxCount();
    const bad = validData(ImportMenuRequest, {
      categories: [
        { name: 'Grillades', items: [{ name: 'Poisson braisé', price: 5000 }, { name: 'Soya', price: 1000, variants: [{ name: 'x', price: 1 }, { name: 'X', price: 2 }] }] },
      ],
    });
    await expect(importMenu.import(owner, bad)).rejects.toMatchObject({ code: 'VALIDATION_ERROR', details: [{ field: 'categories.0.items.1.variants.1.name', message: expect.any(String) }] });
    expect(await outboxCount()).toBe(before);
    // A row failing in the database (an item the writer refuses midway) rolls back the rows before it.
    const doomed = validData(ImportMenuRequest, { categories: [{ name: 'Grillades', items: [{ name: 'Poisson braisé', price: 5000 }] }] });
    const failingCreate = Object.create(createItem) as CreateMenuItemService;
    failingCreate.insert = async () => { throw new Error('disk full'); };
    const failing = await catalogServices(db, undefined, [{ provide: CreateMenuItemService, useValue: failingCreate }]);
    try {
      await expect(failing.importMenu.import(owner, doomed)).rejects.toThrow('disk full');
    } finally {
      await failing.close();
    }
    expect(await dataSource.query(`SELECT 1 FROM menu_categories WHERE name = 'Grillades'`)).toEqual([]);
    expect(await outboxCount()).toBe(before);

    const result = await importMenu.import(owner, validData(ImportMenuRequest, {
      categories: [
        { name: 'Grillades', items: [{ name: 'Poisson braisé', price: 5000, variants: [{ name: 'Moyen', price: 5000 }, { name: 'Gros', price: 7000 }] }] },
        { name: 'plats', items: [{ name: 'Eru', price: 3000, modifier_groups: [{ name: 'Féculent', min_choices: 1, max_choices: 1, options: [{ name: 'Garri', price_delta: 0 }, { name: 'Fufu', price_delta: 200 }] }] }] },
      ],
    }));
    expect(result).toEqual({ categories_created: 1, items_created: 2 });
    const menu = await catalog.get(GetMyMenuRpc).handle({ actor: owner, data: {} });
    expect(menu.categories.map((c) => [c.name, c.items.map((i) => i.name)])).toEqual([
      ['Plats', ['Eru', 'Ndolé']],
      ['Grillades', ['Poisson braisé']],
    ]);
    expect(menu.categories[1].items[0].variants.map((v) => v.price)).toEqual([5000, 7000]);
  });

  it('bulk-updates prices all or nothing, a percentage moving variants too', async () => {
    const rows: Array<{ id: string; name: string; price: number }> = await dataSource.query(`SELECT id, name, price FROM menu_items WHERE deleted_at IS NULL ORDER BY name`);
    const byName = new Map(rows.map((r) => [r.name, r]));
    const before = await outboxCount();
    await expect(bulkPrices.update(owner, validData(BulkPriceRequest, {
      prices: [{ item_id: byName.get('Eru')!.id, price: 3200 }, { item_id: randomUUID(), price: 10 }],
    }))).rejects.toMatchObject({ code: 'VALIDATION_ERROR', details: [{ field: 'prices.1.item_id', message: expect.any(String) }] });
    expect(await outboxCount()).toBe(before);
    expect((await dataSource.query(`SELECT price FROM menu_items WHERE name = 'Eru'`))[0].price).toBe(3000);

    const [grillades] = await dataSource.query(`SELECT id FROM menu_categories WHERE name = 'Grillades'`);
    const { items } = await bulkPrices.update(owner, validData(BulkPriceRequest, { percent: 10, category_id: grillades.id }));
    expect(items.map((i) => [i.name, i.price, i.variants.map((v) => v.price)])).toEqual([['Poisson braisé', 5500, [5500, 7700]]]);
    expect((await outbox('menu.item-changed')).at(-1)).toMatchObject({ price: 5500, variants: [{ price: 5500 }, { price: 7700 }] });
    // A percentage that would lift a price past the ceiling changes nothing and says so (not a 500).
    await expect(bulkPrices.update(owner, validData(BulkPriceRequest, { percent: 500, item_ids: [byName.get('Eru')!.id] }))).resolves.toBeDefined();
    await dataSource.query(`UPDATE menu_items SET price = 900000000 WHERE id = $1`, [byName.get('Eru')!.id]);
    await expect(bulkPrices.update(owner, validData(BulkPriceRequest, { percent: 500, item_ids: [byName.get('Eru')!.id] }))).rejects.toMatchObject({
      code: 'VALIDATION_ERROR',
      details: [{ field: 'percent' }],
    });
    const set = await bulkPrices.update(owner, validData(BulkPriceRequest, { prices: [{ item_id: byName.get('Eru')!.id, price: 3200 }] }));
    expect(set.items.map((i) => i.price)).toEqual([3200]);
  });

  it('serves the /products routes over the same items', async () => {
    // As the gateway does: the camelCase body checked, translated onto the menu's vocabulary, checked again by catalog, and the answer translated back.
    const created = validData(CreateProductRequest, {
      name: 'Poulet DG', price: 4500, category: 'Spécialités', stockQuantity: 12, imageUrl: 'https://cdn.example.com/dg.jpg',
    });
    const product = productOf(await catalog.createProduct.create(owner, validData(CreateNamedCategoryItemRequest, namedCategoryItemOf(created))));
    expect(product).toMatchObject({ name: 'Poulet DG', price: 4500, category: 'Spécialités', stockQuantity: 12, salesCount: 0, isActive: true, imageUrl: 'https://cdn.example.com/dg.jpg' });
    const changes = namedCategoryItemOf(validData(ProductRequest, { stockQuantity: 3, isActive: false, category: 'plats' }));
    const updated = productOf(await catalog.updateProduct.update(owner, product.id, validData(NamedCategoryItemRequest, changes)));
    expect(updated).toMatchObject({ stockQuantity: 3, isActive: false, category: 'Plats' });
    expect((await outbox('menu.item-changed')).at(-1)).toMatchObject({ item_id: product.id, is_available: false });
    const rpc = catalog.get(ListProductsRpc);
    const list = { handle: async ({ actor, data }: { actor: Actor; data: ListProductsData }) => rpc.handle({ actor, data: listMenuItemsOf(data) }) };
    const page = await list.handle({ actor: staff, data: { page: 1, limit: 2, category: 'PLATS' } });
    expect(page.items.map((p) => p.name)).toEqual(['Eru', 'Ndolé']);
    expect(page.pagination).toEqual({ page: 1, limit: 2, total: 3, totalPages: 2 });
    const inactive = await list.handle({ actor: owner, data: { page: 1, limit: 20, isActive: false, search: 'poulet' } });
    expect(inactive.items.map((p) => p.id)).toEqual([product.id]);
    const admin = await list.handle({ actor: { user_id: randomUUID(), role: 'admin' }, data: { page: 1, limit: 100, restaurantId } });
    expect(admin.pagination.total).toBe(5); // Ndolé, Beignets, Poisson braisé, Eru, Poulet DG
  });

  it('counts sales and stock from order.created, switching an item off when it runs out', async () => {
    const counted = await createItem.create(owner, item({ name: 'Bouteille de vin', price: 9000, stock_quantity: 3 }));
    const uncounted = await createItem.create(owner, item({ name: 'Eau', price: 500 }));
    const order = (lines: Array<[string, number]>) => ({
      order_id: randomUUID(), order_number: 'ORD-20261121-MENUS1', restaurant_id: restaurantId, restaurant_owner_id: owner.user_id,
      customer_id: randomUUID(), status: 'created' as const, subtotal: 1, total_amount: 1, currency: 'XAF', delivery_type: 'pickup' as const, payment_method: 'cash' as const,
      items: lines.map(([menu_item_id, quantity]) => ({ menu_item_id, quantity, name: 'x', unit_price: 1 })),
    });
    const record = catalog.recordItemOrders;
    await record.record(order([[counted.id, 2], [uncounted.id, 5]]), new Date());
    const rows = async () => dataSource.query(`SELECT name, order_count, stock_quantity, is_available FROM menu_items WHERE id = ANY($1) ORDER BY name`, [[counted.id, uncounted.id]]);
    expect(await rows()).toEqual([
      { name: 'Bouteille de vin', order_count: 2, stock_quantity: 1, is_available: true },
      { name: 'Eau', order_count: 5, stock_quantity: null, is_available: true },
    ]);
    await record.record(order([[counted.id, 2]]), new Date());
    expect((await rows())[0]).toEqual({ name: 'Bouteille de vin', order_count: 4, stock_quantity: 0, is_available: false });
    expect((await outbox('menu.item-changed')).at(-1)).toMatchObject({ item_id: counted.id, is_available: false });
  });

  it("applies the kitchen's 86 to its own restaurant's live items only, announcing it once", async () => {
    const setAvailability = catalog.setAvailability;
    const fish = await createItem.create(owner, item({ name: 'Poisson braisé du jour', price: 6000 }));
    const before = (await outbox('menu.item-changed')).length;
    const by = staff.user_id;
    const decidedAt = new Date();
    expect(await setAvailability.applyFromKitchen({ item_id: fish.id, restaurant_id: restaurantId, available: false, by }, decidedAt)).toBe(true);
    expect((await outbox('menu.item-changed')).at(-1)).toMatchObject({ item_id: fish.id, is_available: false });
    // A redelivery, another restaurant's claim and an unknown item change nothing and announce nothing.
    expect(await setAvailability.applyFromKitchen({ item_id: fish.id, restaurant_id: restaurantId, available: false, by }, decidedAt)).toBe(false);
    expect(await setAvailability.applyFromKitchen({ item_id: fish.id, restaurant_id: randomUUID(), available: true, by }, new Date())).toBe(false);
    expect(await setAvailability.applyFromKitchen({ item_id: randomUUID(), restaurant_id: restaurantId, available: true, by }, new Date())).toBe(false);
    expect((await outbox('menu.item-changed')).length).toBe(before + 1);
  });
});

