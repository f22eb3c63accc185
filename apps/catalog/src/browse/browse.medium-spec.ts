// Public browsing against real PostgreSQL (pg_trgm, unaccent, zone_covers) and real Redis: rows are
// written straight into a throwaway schema, the query handlers and the invalidation handler driven directly.
import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Page, PublicRestaurantSummary, PublicRestaurantsQuery } from '@platter/contracts';
import { ThrowawaySchema, createThrowawaySchema } from '@platter/testing';
import { CATALOG_DATABASE } from '../testing/catalog-services';
import { BrowseCache } from './cache/browse-cache';
import { InvalidateBrowseCacheConsumer } from './invalidation/invalidate-browse-cache.consumer';
import { browseCache, browseHandlers } from './testing/browse-handlers';

const ALWAYS_OPEN = Object.fromEntries(['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'].map((d) => [d, [['00:00', '24:00']]]));

interface RestaurantSeed {
  name: string;
  status?: string;
  cuisine?: string[];
  open?: boolean;
  rating?: number | null;
  at?: [number, number];
  translations?: object;
}

describe('public browsing (PostgreSQL + Redis)', () => {
  let db: ThrowawaySchema;
  let dataSource: DataSource;
  let cache: BrowseCache;
  let handlers: Awaited<ReturnType<typeof browseHandlers>>;
  const ids: Record<string, string> = {};

  const addRestaurant = async (seed: RestaurantSeed): Promise<string> => {
    const id = randomUUID();
    const [lat, lng] = seed.at ?? [4.05, 9.7];
    await dataSource.query(
      `INSERT INTO restaurants (id, owner_id, name, address, latitude, longitude, currency, commission_rate, status, slug, cuisine_tags, opening_hours, rating, translations)
       VALUES ($1, $2, $3, 'Douala', $4, $5, 'XAF', 0.15, $6, $7, $8, $9, $10, $11)`,
      [id, randomUUID(), seed.name, lat, lng, seed.status ?? 'approved', `${seed.name.toLowerCase().replace(/[^a-z]+/g, '-')}-${randomBytes(2).toString('hex')}`,
        seed.cuisine ?? [], seed.open === false ? {} : ALWAYS_OPEN, seed.rating ?? null, seed.translations ?? {}],
    );
    ids[seed.name] = id;
    return id;
  };
  const addCategory = async (restaurantId: string, name: string, position: number, extra: { translations?: object; schedule?: object } = {}) => {
    const id = randomUUID();
    await dataSource.query(`INSERT INTO menu_categories (id, restaurant_id, name, position, translations, availability_schedule) VALUES ($1, $2, $3, $4, $5, $6)`, [
      id, restaurantId, name, position, extra.translations ?? {}, extra.schedule ? JSON.stringify(extra.schedule) : null,
    ]);
    return id;
  };
  const addItem = async (restaurantId: string, name: string, extra: { category?: string; available?: boolean; stock?: number; translations?: object } = {}) => {
    const id = randomUUID();
    await dataSource.query(
      `INSERT INTO menu_items (id, restaurant_id, category_id, name, price, currency, is_available, stock_quantity, translations) VALUES ($1, $2, $3, $4, 2000, 'XAF', $5, $6, $7)`,
      [id, restaurantId, extra.category ?? null, name, extra.available ?? true, extra.stock ?? null, extra.translations ?? {}],
    );
    return id;
  };
  const list = (query: Partial<PublicRestaurantsQuery>): Promise<Page<PublicRestaurantSummary>> =>
    handlers.list.handle({ actor: null, data: { page: 1, limit: 20, ...query } });
  const names = async (query: Partial<PublicRestaurantsQuery>) => (await list(query)).items.map((r) => r.name);

  beforeAll(async () => {
    db = await createThrowawaySchema('catalog', CATALOG_DATABASE);
    dataSource = db.dataSource;
    cache = browseCache(`medium_${randomBytes(4).toString('hex')}`);
    await cache.onModuleInit();
    await cache.whenReady();
    handlers = await browseHandlers(db, cache);

    const mama = await addRestaurant({ name: 'Chez Mama', cuisine: ['Cameroonian'], rating: 4.5, at: [4.05, 9.7] });
    await addItem(mama, 'Ndolé aux crevettes');
    await addItem(mama, 'Poulet DG');
    const bistro = await addRestaurant({ name: 'Le Bistrot Parisien', cuisine: ['french'], rating: 3.9, at: [4.1, 9.75], open: false });
    await addItem(bistro, 'Crème brûlée');
    await addItem(bistro, 'Soupe à l’oignon', { available: false });
    await addRestaurant({ name: 'Pizzeria Napoli', cuisine: ['italian'], rating: null, at: [3.87, 11.5] });
    for (const status of ['pending', 'rejected', 'suspended']) {
      const hidden = await addRestaurant({ name: `Ndolé ${status}`, status, cuisine: ['Cameroonian'] });
      await addItem(hidden, 'Ndolé');
    }
    // Chez Mama delivers within 5 km of its kitchen; nobody else has a zone.
    await dataSource.query(
      `INSERT INTO delivery_zones (id, restaurant_id, name, kind, center_lat, center_lng, radius_km, delivery_fee, minimum_order, estimated_minutes)
       VALUES ($1, $2, 'Akwa', 'radius', 4.05, 9.7, 5, 500, 0, 30)`,
      [randomUUID(), mama],
    );
  });

  afterAll(async () => {
    await handlers?.close();
    await cache?.onModuleDestroy();
    await db?.drop();
  });

  it('finds dishes and restaurants whatever the accents and small typos', async () => {
    for (const q of ['ndole', 'Ndolé', 'ndolle', 'NDOLÉ']) expect(await names({ q })).toEqual(['Chez Mama']);
    for (const q of ['creme brulee', 'Crème Brûlée', 'creme brule']) expect(await names({ q })).toEqual(['Le Bistrot Parisien']);
    expect(await names({ q: 'bistro' })).toEqual(['Le Bistrot Parisien']);
    expect(await names({ q: 'napoli' })).toEqual(['Pizzeria Napoli']);
    expect(await names({ q: 'sushi' })).toEqual([]);
    // An unavailable dish does not make its restaurant a match.
    expect(await names({ q: 'soupe oignon' })).toEqual([]);
  });

  it('never shows a pending, rejected or suspended restaurant, nor its menu', async () => {
    expect(await names({ limit: 100 })).toEqual(['Chez Mama', 'Le Bistrot Parisien', 'Pizzeria Napoli']);
    for (const status of ['pending', 'rejected', 'suspended']) {
      const id = ids[`Ndolé ${status}`];
      await expect(handlers.restaurant.handle({ actor: null, data: { id } })).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(handlers.menu.handle({ actor: null, data: { id } })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    }
  });

  it('filters by cuisine (any tag, any case), open now and delivery to a point', async () => {
    expect(await names({ cuisine: ['cameroonian'] })).toEqual(['Chez Mama']);
    expect(await names({ cuisine: ['FRENCH', 'italian'] })).toEqual(['Le Bistrot Parisien', 'Pizzeria Napoli']);
    const open = await list({ open_now: true });
    expect(open.items.map((r) => [r.name, r.is_open_now])).toEqual([['Chez Mama', true], ['Pizzeria Napoli', true]]);
    expect(open.pagination).toEqual({ page: 1, limit: 20, total: 2, totalPages: 1 });
    expect(await names({ lat: 4.06, lng: 9.71, delivers: true })).toEqual(['Chez Mama']);
    expect(await names({ lat: 4.2, lng: 9.9, delivers: true })).toEqual([]);
  });

  it('sorts by distance from a point, by rating with unrated last, and pages with a total', async () => {
    const near = await list({ lat: 4.1, lng: 9.75 });
    expect(near.items.map((r) => r.name)).toEqual(['Le Bistrot Parisien', 'Chez Mama', 'Pizzeria Napoli']);
    expect(near.items[0].distance_km).toBe(0);
    expect(near.items[1].distance_km).toBeCloseTo(7.86, 1);
    expect(await names({ sort: 'rating' })).toEqual(['Chez Mama', 'Le Bistrot Parisien', 'Pizzeria Napoli']);
    const second = await list({ limit: 2, page: 2 });
    expect(second.items.map((r) => r.name)).toEqual(['Pizzeria Napoli']);
    expect(second.pagination).toEqual({ page: 2, limit: 2, total: 3, totalPages: 2 });
    expect((await list({ limit: 2, page: 5 })).pagination).toEqual({ page: 5, limit: 2, total: 3, totalPages: 2 });
  });

  it('serves the menu in order with variants and modifiers, in the language asked for', async () => {
    const id = await addRestaurant({ name: 'Chez Awa', translations: { en: { name: "Awa's" } } });
    const mains = await addCategory(id, 'Plats', 1, { translations: { en: { name: 'Mains' } } });
    const starters = await addCategory(id, 'Entrées', 0);
    const ndole = await addItem(id, 'Ndolé', { category: mains, translations: { en: { name: 'Ndole stew' } } });
    await addItem(id, 'Koki', { category: mains, stock: 0 });
    await addItem(id, 'Accras', { category: starters });
    await dataSource.query(`INSERT INTO item_variants (id, item_id, name, price, position, translations) VALUES ($1, $2, 'Grand', 4500, 1, '{"en":{"name":"Large"}}'), ($3, $2, 'Petit', 3000, 0, '{}')`, [randomUUID(), ndole, randomUUID()]);
    const group = randomUUID();
    await dataSource.query(`INSERT INTO modifier_groups (id, item_id, name, min_choices, max_choices, position) VALUES ($1, $2, 'Accompagnement', 1, 1, 0)`, [group, ndole]);
    await dataSource.query(
      `INSERT INTO modifier_options (id, group_id, name, price_delta, is_available, position) VALUES ($1, $3, 'Miondo', 0, true, 0), ($2, $3, 'Plantain', 200, false, 1)`,
      [randomUUID(), randomUUID(), group],
    );

    const fr = await handlers.menu.handle({ actor: null, data: { id } });
    expect(fr.language).toBeNull();
    expect(fr.categories.map((c) => [c.name, c.items.map((i) => i.name)])).toEqual([['Entrées', ['Accras']], ['Plats', ['Ndolé']]]);
    expect(fr.categories[1].items[0].variants.map((v) => [v.name, v.price])).toEqual([['Petit', 3000], ['Grand', 4500]]);
    expect(fr.categories[1].items[0].modifier_groups).toEqual([{ id: group, name: 'Accompagnement', min_choices: 1, max_choices: 1, options: [{ id: expect.any(String), name: 'Miondo', price_delta: 0 }] }]);

    const en = await handlers.menu.handle({ actor: null, data: { id, lang: 'en' } });
    expect(en.restaurant.name).toBe("Awa's");
    expect(en.categories.map((c) => [c.name, c.items.map((i) => i.name)])).toEqual([['Entrées', ['Accras']], ['Mains', ['Ndole stew']]]);
    expect(en.categories[1].items[0].variants.map((v) => v.name)).toEqual(['Petit', 'Large']);
  });

  it('caches a menu per language and drops it when the catalog announces a change', async () => {
    const id = await addRestaurant({ name: 'Le Cache' });
    const itemId = await addItem(id, 'Beignets');
    const menuNames = async () => (await handlers.menu.handle({ actor: null, data: { id } })).uncategorized.map((i) => i.name);
    const bySlug = async () => (await handlers.restaurant.handle({ actor: null, data: { id: slug } })).name;
    const [{ slug }] = await dataSource.query(`SELECT slug FROM restaurants WHERE id = $1`, [id]);

    expect(await menuNames()).toEqual(['Beignets']);
    expect(await bySlug()).toBe('Le Cache');
    await dataSource.query(`UPDATE menu_items SET name = 'Beignets haricots' WHERE id = $1`, [itemId]);
    await dataSource.query(`UPDATE restaurants SET name = 'Le Cache Renommé' WHERE id = $1`, [id]);
    // Still the cached copies: PostgreSQL was not asked.
    expect(await menuNames()).toEqual(['Beignets']);
    expect(await bySlug()).toBe('Le Cache');

    const invalidation = new InvalidateBrowseCacheConsumer(cache);
    await invalidation.itemChanged({ item_id: itemId, restaurant_id: id, name: 'Beignets haricots', price: 2000, currency: 'XAF', is_available: true, deleted: false });
    expect(await menuNames()).toEqual(['Beignets haricots']);
    expect(await bySlug()).toBe('Le Cache Renommé');

    // Suspended: gone from the public at once, cached copies included.
    expect(await menuNames()).toEqual(['Beignets haricots']);
    await dataSource.query(`UPDATE restaurants SET status = 'suspended' WHERE id = $1`, [id]);
    await invalidation.statusChanged({ restaurant_id: id, owner_id: randomUUID(), status: 'suspended' });
    await expect(menuNames()).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(bySlug()).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('does not cache what a read loaded while the restaurant was being invalidated', async () => {
    const restaurantId = randomUUID();
    let loads = 0;
    const load = async (during?: () => Promise<void>) => {
      loads += 1;
      await during?.();
      return { restaurantId, value: { loads } };
    };
    // The edit's event lands between the read's database query and its cache write: the stale value is not kept.
    const idOf = async () => restaurantId;
    expect(await cache.read('race', restaurantId, undefined, idOf, () => load(() => cache.invalidate(restaurantId)))).toEqual({ loads: 1 });
    expect(await cache.read('race', restaurantId, undefined, idOf, () => load())).toEqual({ loads: 2 });
    expect(await cache.read('race', restaurantId, undefined, idOf, () => load())).toEqual({ loads: 2 });
    // The same by slug: its id is resolved before the load, so the race is caught too.
    expect(await cache.read('race', 'chez-race', undefined, idOf, () => load(() => cache.invalidate(restaurantId)))).toEqual({ loads: 3 });
    expect(await cache.read('race', 'chez-race', undefined, idOf, () => load())).toEqual({ loads: 4 });
    expect(await cache.read('race', 'chez-race', undefined, idOf, () => load())).toEqual({ loads: 4 });
  });

  it('serves from PostgreSQL when Redis is unreachable', async () => {
    // Never connected, as while Redis is down (connecting would leave ioredis's 2 s connect timer behind jest).
    const unreachable = browseCache('medium_down', 'redis://127.0.0.1:1');
    try {
      const offline = await browseHandlers(db, unreachable);
      const menu = await offline.menu.handle({ actor: null, data: { id: ids['Chez Mama'] } });
      await offline.close();
      expect(menu.uncategorized.map((i) => i.name)).toEqual(['Ndolé aux crevettes', 'Poulet DG']);
      await expect(unreachable.invalidate(ids['Chez Mama'])).rejects.toThrow();
    } finally {
      await unreachable.onModuleDestroy();
    }
  });
});
