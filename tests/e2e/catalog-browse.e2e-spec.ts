import { api, eventually } from './support/http-client';
import { E2E_ADMIN, useTestFleet } from './support/test-fleet';

const run = Date.now().toString(36);
const ALWAYS_OPEN = Object.fromEntries(['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'].map((d) => [d, [['00:00', '24:00']]]));

interface Listed {
  id: string;
  name: string;
  slug: string;
  is_open_now: boolean;
  distance_km: number | null;
}

describe('public browsing through the gateway', () => {
  const e2e = useTestFleet({ namespace: `e2ebrowse${run}`, database: 'platter_e2e_browse', gatewayPort: 7400, env: { RATE_LIMITS_ENABLED: 'false', RETRY_DELAYS_MS: '200,500' } });
  let gw: string;
  let admin: string;
  const restaurants: Record<string, { id: string; slug: string; owner: string }> = {};

  /** An owner applies with a restaurant and its profile; an admin then acts on it (or not). */
  async function openRestaurant(key: string, name: string, profile: object, review: 'approve' | 'reject' | 'suspend' | 'none', at: [number, number] = [4.05, 9.7]) {
    const registered = await api(gw, 'POST', '/auth/register', { body: { email: `${key}-${run}@example.cm`, password: 'owner-password-1', name, role: 'restaurant_owner' } });
    expect(registered.status).toBe(201);
    const owner = registered.body.data.tokens.access_token as string;
    const created = await api(gw, 'POST', '/restaurant/profile', { token: owner, body: { name, address: 'Akwa, Douala', latitude: at[0], longitude: at[1] } });
    expect(created.status).toBe(201);
    const updated = await api(gw, 'PUT', '/restaurant/profile', { token: owner, body: profile });
    expect(updated.status).toBe(200);
    const { id, slug } = updated.body.data as { id: string; slug: string };
    restaurants[key] = { id, slug, owner };
    if (review === 'approve' || review === 'suspend') expect((await api(gw, 'POST', `/admin/restaurants/${id}/approve`, { token: admin })).status).toBe(200);
    if (review === 'reject') expect((await api(gw, 'POST', `/admin/restaurants/${id}/reject`, { token: admin, body: { reason: 'Documents illisibles' } })).status).toBe(200);
    return { id, owner };
  }
  const addItem = async (owner: string, body: object) => {
    const res = await api(gw, 'POST', '/restaurant/menu/items', { token: owner, body });
    expect(res.status).toBe(201);
    return res.body.data as { id: string };
  };
  const names = async (query: string) => {
    const res = await api<Listed[]>(gw, 'GET', `/public/restaurants?${query}`);
    expect(res.status).toBe(200);
    return res.body.data.map((r) => r.name);
  };

  beforeAll(async () => {
    gw = e2e.gateway();
    admin = (await api(gw, 'POST', '/auth/login', { body: E2E_ADMIN })).body.data.tokens.access_token;

    const mama = await openRestaurant('mama', 'Chez Mama', { cuisine_tags: ['Cameroonian'], opening_hours: ALWAYS_OPEN, translations: { en: { name: "Mama's" } } }, 'approve');
    const mains = await api(gw, 'POST', '/restaurant/menu/categories', { token: mama.owner, body: { name: 'Plats', translations: { en: { name: 'Mains' } } } });
    expect(mains.status).toBe(201);
    await addItem(mama.owner, {
      name: 'Ndolé aux crevettes', price: 3500, category_id: mains.body.data.id, translations: { en: { name: 'Ndole with shrimps' } },
      variants: [{ name: 'Petit', price: 3500 }, { name: 'Grand', price: 5000, translations: { en: { name: 'Large' } } }],
      modifier_groups: [{ name: 'Accompagnement', min_choices: 1, max_choices: 1, options: [{ name: 'Miondo', price_delta: 0 }, { name: 'Plantain', price_delta: 200, is_available: false }] }],
    });
    const bistro = await openRestaurant('bistro', 'Le Bistrot Parisien', { cuisine_tags: ['french'], opening_hours: {} }, 'approve', [4.1, 9.75]);
    await addItem(bistro.owner, { name: 'Crème brûlée', price: 1500 });
    for (const [key, review] of [['pending', 'none'], ['rejected', 'reject'], ['suspended', 'suspend']] as const) {
      const hidden = await openRestaurant(key, `Ndolé ${key}`, { cuisine_tags: ['cameroonian'], opening_hours: ALWAYS_OPEN }, review);
      await addItem(hidden.owner, { name: 'Ndolé', price: 2000 });
    }
  }, 60_000);

  it('never shows a pending, rejected or suspended restaurant, even one the cache knew', async () => {
    const suspended = restaurants.suspended;
    // Public (and cached) while approved...
    expect((await api(gw, 'GET', `/public/restaurants/${suspended.id}/menu`)).status).toBe(200);
    expect((await api(gw, 'GET', `/public/restaurants/${suspended.slug}`)).status).toBe(200);
    const res = await api(gw, 'POST', `/admin/restaurants/${suspended.id}/suspend`, { token: admin, body: { reason: 'Hygiène' } });
    expect(res.status).toBe(200);
    // ...gone within a second of the suspension (the catalog's own event drops the cached copies).
    await eventually(() => api(gw, 'GET', `/public/restaurants/${suspended.id}/menu`), (r) => r.status === 404, 1000, 50);
    await eventually(() => api(gw, 'GET', `/public/restaurants/${suspended.slug}`), (r) => r.status === 404, 1000, 50);

    for (const key of ['pending', 'rejected', 'suspended']) {
      const { id, slug } = restaurants[key];
      for (const path of [`/public/restaurants/${id}`, `/public/restaurants/${slug}`, `/public/restaurants/${id}/menu`]) {
        expect([path, (await api(gw, 'GET', path)).status]).toEqual([path, 404]);
      }
    }
    expect(await names('limit=100')).toEqual(['Chez Mama', 'Le Bistrot Parisien']);
    expect(await names('q=ndole&limit=100')).toEqual(['Chez Mama']);
  });

  it('finds restaurants by dish or name whatever the accents and small typos', async () => {
    for (const q of ['ndole', 'Ndolé', 'ndolle', 'NDOLÉ']) expect(await names(`q=${encodeURIComponent(q)}`)).toEqual(['Chez Mama']);
    for (const q of ['creme brulee', 'Crème Brûlée', 'creme brule']) expect(await names(`q=${encodeURIComponent(q)}`)).toEqual(['Le Bistrot Parisien']);
    expect(await names('q=bistro')).toEqual(['Le Bistrot Parisien']);
    expect(await names('q=sushi')).toEqual([]);
    expect((await api(gw, 'GET', `/public/restaurants?q=${'x'.repeat(101)}`)).status).toBe(400);
  });

  it('filters by open now and cuisine, sorts and pages', async () => {
    const open = await api<Listed[]>(gw, 'GET', '/public/restaurants?open_now=true');
    expect(open.body.data.map((r) => [r.name, r.is_open_now])).toEqual([['Chez Mama', true]]);
    expect(open.body.pagination).toEqual({ page: 1, limit: 20, total: 1, totalPages: 1 });
    expect(await names('cuisine=FRENCH')).toEqual(['Le Bistrot Parisien']);
    expect(await names('cuisine=italian,cameroonian')).toEqual(['Chez Mama']);
    const near = await api<Listed[]>(gw, 'GET', '/public/restaurants?lat=4.1&lng=9.75');
    expect(near.body.data.map((r) => r.name)).toEqual(['Le Bistrot Parisien', 'Chez Mama']);
    expect(near.body.data[1].distance_km).toBeCloseTo(7.86, 1);
    const second = await api<Listed[]>(gw, 'GET', '/public/restaurants?limit=1&page=2');
    expect(second.body.data.map((r) => r.name)).toEqual(['Le Bistrot Parisien']);
    expect(second.body.pagination).toEqual({ page: 2, limit: 1, total: 2, totalPages: 2 });
    expect((await api(gw, 'GET', '/public/restaurants?sort=distance')).status).toBe(400);
    expect((await api(gw, 'GET', '/public/restaurants?open_now=maybe')).status).toBe(400);
  });

  it('lists only restaurants delivering to a point once they have a zone', async () => {
    expect(await names('lat=4.06&lng=9.71&delivers=true')).toEqual([]);
    const zone = await api(gw, 'POST', '/restaurant/zones', { token: restaurants.mama.owner, body: { name: 'Akwa', radius_km: 5, delivery_fee: 500, minimum_order: 2000, estimated_minutes: 30 } });
    expect(zone.status).toBe(201);
    expect(await names('lat=4.06&lng=9.71&delivers=true')).toEqual(['Chez Mama']);
    expect(await names('lat=4.3&lng=9.9&delivers=true')).toEqual([]);
  });

  it('serves a restaurant by id or slug and its full menu in French or English', async () => {
    const { id, slug } = restaurants.mama;
    const bySlug = await api(gw, 'GET', `/public/restaurants/${slug}`);
    expect(bySlug.status).toBe(200);
    expect(bySlug.body.data).toMatchObject({ id, slug, name: 'Chez Mama', is_open_now: true, cuisine_tags: ['cameroonian'] });
    expect(bySlug.body.data).not.toHaveProperty('commission_rate');

    const fr = await api(gw, 'GET', `/public/restaurants/${id}/menu`);
    expect(fr.status).toBe(200);
    const [plats] = fr.body.data.categories;
    expect(plats.name).toBe('Plats');
    expect(plats.items[0]).toMatchObject({ name: 'Ndolé aux crevettes', price: 3500, variants: [{ name: 'Petit', price: 3500 }, { name: 'Grand', price: 5000 }] });
    expect(plats.items[0].modifier_groups).toEqual([{ id: expect.any(String), name: 'Accompagnement', min_choices: 1, max_choices: 1, options: [{ id: expect.any(String), name: 'Miondo', price_delta: 0 }] }]);

    const en = await api(gw, 'GET', `/public/restaurants/${slug}/menu`, { headers: { 'accept-language': 'en-GB,en;q=0.9,fr;q=0.5' } });
    expect(en.body.data.language).toBe('en');
    expect(en.body.data.restaurant.name).toBe("Mama's");
    expect(en.body.data.categories[0].name).toBe('Mains');
    expect(en.body.data.categories[0].items[0].name).toBe('Ndole with shrimps');
    expect(en.body.data.categories[0].items[0].variants.map((v: { name: string }) => v.name)).toEqual(['Petit', 'Large']);
    const forced = await api(gw, 'GET', `/public/restaurants/${id}/menu?lang=fr`, { headers: { 'accept-language': 'en' } });
    expect(forced.body.data.categories[0].name).toBe('Plats');
  });

  it('shows an edit to a cached menu within a second', async () => {
    const { id, owner } = restaurants.bistro;
    const item = (await api(gw, 'GET', `/public/restaurants/${id}/menu`)).body.data.uncategorized[0];
    expect(item).toMatchObject({ name: 'Crème brûlée', price: 1500 });
    // Served again: now from the cache.
    expect((await api(gw, 'GET', `/public/restaurants/${id}/menu`)).body.data.uncategorized[0].price).toBe(1500);

    const edited = await api(gw, 'PUT', `/restaurant/menu/items/${item.id}`, { token: owner, body: { price: 1800 } });
    expect(edited.status).toBe(200);
    const started = Date.now();
    await eventually(() => api(gw, 'GET', `/public/restaurants/${id}/menu`), (r) => r.body.data.uncategorized[0]?.price === 1800, 1000, 50);
    expect(Date.now() - started).toBeLessThan(1000);

    // Sold out (86'd): gone from the public menu just as fast.
    expect((await api(gw, 'PUT', `/restaurant/menu/items/${item.id}/availability`, { token: owner, body: { is_available: false } })).status).toBe(200);
    await eventually(() => api(gw, 'GET', `/public/restaurants/${id}/menu`), (r) => r.body.data.uncategorized.length === 0, 1000, 50);
  });

});
