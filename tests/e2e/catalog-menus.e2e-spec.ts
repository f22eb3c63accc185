import { decodeJwt } from 'jose';
import { EventTap } from './support/event-tap';
import { api, eventually } from './support/http-client';
import { E2E_ADMIN, useTestFleet } from './support/test-fleet';

const run = Date.now().toString(36);
const namespace = `e2emenus${run}`;

// Menus through the gateway on the real stack: an owner builds a full menu (categories, variants,
// modifier groups), imports more of it, reprices it, 86es an item that ordering then refuses, and
// manages it through the /products routes.
describe('catalog: menus', () => {
  const { gateway } = useTestFleet({
    namespace,
    database: 'platter_e2e_menus',
    gatewayPort: 7200,
    env: { RATE_LIMITS_ENABLED: 'false' },
  });
  let gw: string;
  let owner: string;
  let ownerRefresh: string;
  let tap: EventTap;
  let customer: string;
  let admin: string;
  let restaurantId: string;
  let ndoleId: string;
  let mainsId: string;

  const register = async (email: string, role?: string) => {
    const res = await api(gw, 'POST', '/auth/register', { body: { email, password: 'menus-password-1', name: 'Menus', ...(role ? { role } : {}) } });
    expect(res.status).toBe(201);
    if (role) ownerRefresh = res.body.data.tokens.refresh_token;
    return res.body.data.tokens.access_token as string;
  };
  /** The size and sides an order must choose for an item that has them (ordering prices them). */
  const choices = new Map<string, { variant_id: string; modifier_ids: string[] }>();
  const pickup = (menuItemId: string) => ({
    restaurant_id: restaurantId, items: [{ menu_item_id: menuItemId, quantity: 1, ...choices.get(menuItemId) }], delivery_type: 'pickup', payment_method: 'cash',
  });
  /** Orders placed per item: an order may slip through while an 86 is still on its way to ordering. */
  const ordersPlaced = new Map<string, number>();
  const order = async (menuItemId: string) => {
    const res = await api(gw, 'POST', '/client/orders', { token: customer, body: pickup(menuItemId) });
    if (res.status === 201) ordersPlaced.set(menuItemId, (ordersPlaced.get(menuItemId) ?? 0) + 1);
    return res;
  };

  beforeAll(async () => {
    gw = gateway();
    tap = await EventTap.open(namespace, ['user.password-reset-requested']);
    owner = await register(`owner-${run}@example.cm`, 'restaurant_owner');
    customer = await register(`customer-${run}@example.cm`);
    admin = (await api(gw, 'POST', '/auth/login', { body: E2E_ADMIN })).body.data.tokens.access_token;
    const created = await api(gw, 'POST', '/restaurant/profile', { token: owner, body: { name: `Chez Menus ${run}`, address: 'Akwa, Douala', latitude: 4.05, longitude: 9.7 } });
    expect(created.status).toBe(201);
    restaurantId = created.body.data.id;
    const approved = await api(gw, 'POST', `/admin/restaurants/${restaurantId}/approve`, { token: admin });
    expect(approved.status).toBe(200);
  }, 30_000);

  afterAll(async () => {
    await tap?.close();
  });

  it('builds a menu: ordered categories, an item with variants and modifier groups, a breakfast schedule', async () => {
    const mains = await api(gw, 'POST', '/restaurant/menu/categories', { token: owner, body: { name: 'Plats', translations: { en: { name: 'Mains' } } } });
    expect(mains.status).toBe(201);
    mainsId = mains.body.data.id;
    const breakfast = await api(gw, 'POST', '/restaurant/menu/categories', {
      token: owner, body: { name: 'Petit-déjeuner', availability_schedule: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '06:00', to: '11:00' }] },
    });
    expect(breakfast.body.data).toMatchObject({ position: 1, availability_schedule: [{ from: '06:00', to: '11:00' }] });
    const reordered = await api(gw, 'PUT', '/restaurant/menu/categories/reorder', { token: owner, body: { category_ids: [breakfast.body.data.id, mainsId] } });
    expect(reordered.status).toBe(200);
    expect(reordered.body.data.map((c: { name: string }) => c.name)).toEqual(['Petit-déjeuner', 'Plats']);
    const renamed = await api(gw, 'PUT', `/restaurant/menu/categories/${mainsId}`, { token: owner, body: { name: 'Plats du jour' } });
    expect(renamed.body.data.name).toBe('Plats du jour');

    const badGroup = await api(gw, 'POST', '/restaurant/menu/items', {
      token: owner, body: { name: 'Koki', price: 1500, modifier_groups: [{ name: 'Sauce', min_choices: 2, max_choices: 1, options: [{ name: 'A', price_delta: 0 }] }] },
    });
    expect(badGroup.status).toBe(400);
    expect(badGroup.body.error?.details).toEqual([{ field: 'modifier_groups.0.min_choices', message: 'min_choices must not exceed max_choices' }]);

    const ndole = await api(gw, 'POST', '/restaurant/menu/items', {
      token: owner,
      body: {
        name: 'Ndolé', price: 3500, category_id: mainsId, description: 'Feuilles amères, arachides', allergens: ['peanuts'], dietary_tags: ['spicy'],
        prep_time_minutes: 25, images: ['https://cdn.example.com/ndole.jpg'], translations: { en: { name: 'Bitterleaf stew' }, fr: { name: 'Ndolé' } },
        variants: [{ name: 'Petit', price: 2500 }, { name: 'Grand', price: 4500 }],
        modifier_groups: [{ name: 'Accompagnement', min_choices: 1, max_choices: 2, options: [{ name: 'Plantain', price_delta: 0 }, { name: 'Riz', price_delta: 300 }] }],
      },
    });
    expect(ndole.status).toBe(201);
    expect(ndole.body.data).toMatchObject({
      name: 'Ndolé', price: 3500, currency: 'XAF', allergens: ['peanuts'], prep_time_minutes: 25,
      variants: [{ name: 'Petit', price: 2500 }, { name: 'Grand', price: 4500 }],
      modifier_groups: [{ name: 'Accompagnement', min_choices: 1, max_choices: 2, options: [{ name: 'Plantain', price_delta: 0 }, { name: 'Riz', price_delta: 300 }] }],
    });
    ndoleId = ndole.body.data.id;
    choices.set(ndoleId, { variant_id: ndole.body.data.variants[0].id, modifier_ids: [ndole.body.data.modifier_groups[0].options[0].id] });
    const edited = await api(gw, 'PUT', `/restaurant/menu/items/${ndoleId}`, { token: owner, body: { description: 'Le vrai ndolé' } });
    expect(edited.body.data).toMatchObject({ description: 'Le vrai ndolé', variants: [{ name: 'Petit' }, { name: 'Grand' }] });

    // Customers see the variants and modifier groups on the public menu.
    const publicMenu = await eventually(
      () => api(gw, 'GET', `/public/restaurants/${restaurantId}/menu`),
      (r) => JSON.stringify(r.body).includes('Le vrai ndolé'),
    );
    const shown = JSON.stringify(publicMenu.body.data);
    expect(shown).toContain('"name":"Grand","price":4500');
    expect(shown).toContain('Accompagnement');
  });

  it('imports a menu all or nothing, with an error per bad row', async () => {
    const document = (secondPrice: number) => ({
      categories: [
        { name: 'Grillades', items: [{ name: 'Poisson braisé', price: 5000, variants: [{ name: 'Moyen', price: 5000 }, { name: 'Gros', price: 7000 }] }] },
        { name: 'Boissons', items: [{ name: 'Jus de foléré', price: 800 }, { name: 'Top ananas', price: secondPrice }] },
      ],
    });
    const refused = await api(gw, 'POST', '/restaurant/menu/import', { token: owner, body: document(-5) });
    expect(refused.status).toBe(400);
    expect(refused.body.error?.details?.map((d: { field: string }) => d.field)).toEqual(['categories.1.items.1.price']);
    const before = await api(gw, 'GET', '/restaurant/menu', { token: owner });
    expect(before.body.data.categories.map((c: { name: string }) => c.name)).toEqual(['Petit-déjeuner', 'Plats du jour']);

    const imported = await api(gw, 'POST', '/restaurant/menu/import', { token: owner, body: document(600) });
    expect(imported.status).toBe(201);
    expect(imported.body.data).toEqual({ categories_created: 2, items_created: 3 });
    const menu = await api(gw, 'GET', '/restaurant/menu', { token: owner });
    expect(menu.body.data.categories.map((c: { name: string; items: unknown[] }) => [c.name, c.items.length])).toEqual([
      ['Petit-déjeuner', 0], ['Plats du jour', 1], ['Grillades', 1], ['Boissons', 2],
    ]);
  });

  it('bulk-updates prices: all or nothing, then a percentage on a category', async () => {
    const menu = (await api(gw, 'GET', '/restaurant/menu', { token: owner })).body.data;
    const drinks = menu.categories.find((c: { name: string }) => c.name === 'Boissons');
    const refused = await api(gw, 'POST', '/restaurant/menu/items/bulk-price', {
      token: owner, body: { prices: [{ item_id: ndoleId, price: 3600 }, { item_id: '00000000-0000-4000-8000-000000000000', price: 1 }] },
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error?.details).toEqual([{ field: 'prices.1.item_id', message: expect.stringContaining('not an item of your menu') }]);
    const raised = await api(gw, 'POST', '/restaurant/menu/items/bulk-price', { token: owner, body: { percent: 10, category_id: drinks.id } });
    expect(raised.status).toBe(200);
    expect(raised.body.data.items.map((i: { name: string; price: number }) => [i.name, i.price]).sort()).toEqual([['Jus de foléré', 880], ['Top ananas', 660]]);
    const after = (await api(gw, 'GET', '/restaurant/menu', { token: owner })).body.data;
    expect(after.categories.find((c: { name: string }) => c.name === 'Plats du jour').items[0].price).toBe(3500);
  });

  it('86es an item and ordering refuses it at once; back on, it can be ordered again', async () => {
    const first = await eventually(() => order(ndoleId), (r) => r.status !== 422);
    expect(first.status).toBe(201);
    const off = await api(gw, 'PUT', `/restaurant/menu/items/${ndoleId}/availability`, { token: owner, body: { is_available: false } });
    expect(off.status).toBe(200);
    expect(off.body.data.is_available).toBe(false);
    const refused = await eventually(() => order(ndoleId), (r) => r.status === 422, 5_000);
    expect(refused.body.error?.code).toBe('ITEM_UNAVAILABLE');
    const hidden = await eventually(() => api(gw, 'GET', `/public/restaurants/${restaurantId}/menu`), (r) => !JSON.stringify(r.body).includes(ndoleId));
    expect(hidden.status).toBe(200);
    await api(gw, 'PUT', `/restaurant/menu/items/${ndoleId}/availability`, { token: owner, body: { is_available: true } });
    const again = await eventually(() => order(ndoleId), (r) => r.status === 201, 5_000);
    expect(again.status).toBe(201);
    expect((await api(gw, 'PUT', `/restaurant/menu/items/${ndoleId}/availability`, { token: customer, body: { is_available: false } })).status).toBe(403);
  });

  it('refuses an item outside its schedule, read in the restaurant time zone', async () => {
    // A window on every day but today (in Douala), so "now" is outside it whatever the hour.
    const days = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
    const today = days[new Date(Date.now() + 3_600_000).getUTCDay()];
    const item = await api(gw, 'POST', '/restaurant/menu/items', {
      token: owner,
      body: { name: 'Beignets haricots', price: 500, availability_schedule: [{ days: days.filter((d) => d !== today), from: '00:00', to: '23:59' }] },
    });
    expect(item.status).toBe(201);
    const refused = await eventually(
      () => api(gw, 'POST', '/client/orders', { token: customer, body: pickup(item.body.data.id) }),
      (r) => r.body.error?.details?.[0]?.message?.includes('not served at this time') === true,
    );
    expect([refused.status, refused.body.error?.code]).toEqual([422, 'ITEM_UNAVAILABLE']);
    // Always on today: it can be ordered.
    await api(gw, 'PUT', `/restaurant/menu/items/${item.body.data.id}`, { token: owner, body: { availability_schedule: [{ days: [today], from: '00:00', to: '23:59' }] } });
    const placed = await eventually(() => api(gw, 'POST', '/client/orders', { token: customer, body: pickup(item.body.data.id) }), (r) => r.status === 201);
    expect(placed.status).toBe(201);
  });

  it('round-trips /products over the same items, and deleting one makes ordering refuse it', async () => {
    const created = await api(gw, 'POST', '/products', {
      token: owner, body: { name: 'Poulet DG', description: 'Plantains, légumes', price: 4500, category: 'Spécialités', stockQuantity: 12, imageUrl: 'https://cdn.example.com/dg.jpg' },
    });
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({ name: 'Poulet DG', price: 4500, category: 'Spécialités', stockQuantity: 12, salesCount: 0, isActive: true, imageUrl: 'https://cdn.example.com/dg.jpg' });
    const productId = created.body.data.id;
    expect((await api(gw, 'POST', '/products', { token: owner, body: { name: 'X', price: 1, stock_quantity: 1 } })).status).toBe(400);
    const updated = await api(gw, 'PUT', `/products/${productId}`, { token: owner, body: { price: 4000, stockQuantity: 8 } });
    expect(updated.body.data).toMatchObject({ price: 4000, stockQuantity: 8 });
    const got = await api(gw, 'GET', `/products/${productId}`, { token: owner });
    expect(got.body.data).toMatchObject({ id: productId, price: 4000, category: 'Spécialités' });
    // The Ndolé ordered above (twice, or more if an order slipped in before an 86 reached ordering): its sales count comes from order.created.
    expect(ordersPlaced.get(ndoleId)).toBeGreaterThanOrEqual(2);
    const sold = await eventually(() => api(gw, 'GET', '/products?search=ndol', { token: owner }), (r) => r.body.data?.[0]?.salesCount === ordersPlaced.get(ndoleId));
    expect(sold.body.pagination).toMatchObject({ page: 1, limit: 20, total: 1 });
    const listed = await api(gw, 'GET', '/products?category=sp%C3%A9cialit%C3%A9s&isActive=true', { token: owner });
    expect(listed.body.data.map((p: { id: string }) => p.id)).toEqual([productId]);
    // An admin sees the restaurant's products as its team does.
    const forOwner = await api(gw, 'GET', '/products?limit=100', { token: owner });
    const forAdmin = await api(gw, 'GET', `/products?restaurantId=${restaurantId}&limit=100`, { token: admin });
    expect(forAdmin.body.pagination.total).toBeGreaterThan(1);
    expect(forAdmin.body.data.map((p: { id: string }) => p.id)).toEqual(forOwner.body.data.map((p: { id: string }) => p.id));
    expect((await api(gw, 'POST', '/products', { token: admin, body: { name: 'Y', price: 1 } })).status).toBe(403);
    expect((await api(gw, 'GET', '/products', { token: customer })).status).toBe(403);

    await eventually(() => api(gw, 'POST', '/client/orders', { token: customer, body: pickup(productId) }), (r) => r.status === 201);
    expect((await api(gw, 'DELETE', `/products/${productId}`, { token: owner })).status).toBe(200);
    expect((await api(gw, 'GET', `/products/${productId}`, { token: owner })).status).toBe(404);
    const refused = await eventually(() => api(gw, 'POST', '/client/orders', { token: customer, body: pickup(productId) }), (r) => r.status === 422, 5_000);
    expect(refused.body.error?.code).toBe('ITEM_UNAVAILABLE');
  });

  it('deletes a category, keeping its items uncategorized', async () => {
    const deleted = await api(gw, 'DELETE', `/restaurant/menu/categories/${mainsId}`, { token: owner });
    expect(deleted.status).toBe(200);
    const menu = (await api(gw, 'GET', '/restaurant/menu', { token: owner })).body.data;
    expect(menu.categories.map((c: { name: string }) => c.name)).not.toContain('Plats du jour');
    expect(menu.uncategorized.map((i: { id: string }) => i.id)).toContain(ndoleId);
  });

  it('lets a staff member 86 an item, but not edit the menu', async () => {
    // The owner's token names the restaurant once identity has the membership (after approval).
    await eventually(
      async () => {
        const res = await api(gw, 'POST', '/auth/refresh', { body: { refresh_token: ownerRefresh } });
        if (res.status === 200) {
          owner = res.body.data.tokens.access_token;
          ownerRefresh = res.body.data.tokens.refresh_token;
        }
        return res;
      },
      (res) => res.status === 200 && decodeJwt(owner).restaurant_id !== undefined,
    );
    const email = `cook-${run}@example.cm`;
    expect((await api(gw, 'POST', '/restaurant/staff', { token: owner, body: { email, name: 'Cook', membership_role: 'staff' } })).status).toBe(201);
    expect((await api(gw, 'POST', '/auth/forgot-password', { body: { email } })).status).toBe(200);
    const { token: resetToken } = await tap.next<{ email: string; token: string }>('user.password-reset-requested', (p) => p.email === email);
    expect((await api(gw, 'POST', '/auth/reset-password', { body: { token: resetToken, password: 'menus-password-1' } })).status).toBe(200);
    const cook = (await api(gw, 'POST', '/auth/login', { body: { email, password: 'menus-password-1' } })).body.data.tokens.access_token as string;

    const off = await api(gw, 'PUT', `/restaurant/menu/items/${ndoleId}/availability`, { token: cook, body: { is_available: false } });
    expect(off.status).toBe(200);
    expect(off.body.data.is_available).toBe(false);
    const refused = await eventually(() => order(ndoleId), (r) => r.status === 422, 5_000);
    expect(refused.body.error?.code).toBe('ITEM_UNAVAILABLE');
    expect((await api(gw, 'PUT', `/restaurant/menu/items/${ndoleId}`, { token: cook, body: { price: 1 } })).status).toBe(403);
    expect((await api(gw, 'POST', '/restaurant/menu/items/bulk-price', { token: cook, body: { percent: -50 } })).status).toBe(403);
    expect((await api(gw, 'GET', '/restaurant/menu', { token: cook })).status).toBe(200);

    // The kitchen line 86es through its own routes: catalog applies it, and ordering and the public menu follow.
    const back = await api(gw, 'PUT', `/restaurant/menu/items/${ndoleId}/availability`, { token: cook, body: { is_available: true } });
    expect(back.status).toBe(200);
    const kitchenSees = await eventually(
      () => api(gw, 'GET', '/kitchen/items', { token: cook }),
      (r) => r.body.data?.some((i: { id: string; is_available: boolean }) => i.id === ndoleId && i.is_available) === true,
    );
    expect(kitchenSees.status).toBe(200);
    const asked = await api(gw, 'PUT', `/kitchen/items/${ndoleId}/availability`, { token: cook, body: { available: false } });
    expect([asked.status, asked.body.data.requested_available]).toEqual([200, false]);
    const refusedAfter86 = await eventually(
      () => order(ndoleId),
      (r) => r.status === 422,
      5_000,
    );
    expect(refusedAfter86.body.error?.code).toBe('ITEM_UNAVAILABLE');
    const publicMenu = await eventually(
      () => api(gw, 'GET', `/public/restaurants/${restaurantId}/menu`),
      (r) => JSON.stringify(r.body.data).includes(ndoleId) === false,
      5_000,
    );
    expect(publicMenu.status).toBe(200);
    await eventually(() => api(gw, 'GET', '/kitchen/items', { token: cook }), (r) => r.body.data?.find((i: { id: string }) => i.id === ndoleId)?.is_available === false);
    // A customer has no kitchen; another restaurant's item is not this line's to 86.
    expect((await api(gw, 'PUT', `/kitchen/items/${ndoleId}/availability`, { token: customer, body: { available: true } })).status).toBe(403);
    expect((await api(gw, 'PUT', `/kitchen/items/${ndoleId}/availability`, { token: cook, body: { available: 'yes' } })).status).toBe(400);
  });
});
