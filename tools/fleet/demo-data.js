// Demo data, loaded through the gateway's public API exactly as client apps would (so it is only
// ever loaded by `npm start`, never by a production deployment).
const DEMO_MENU = [
  { category: 'Plats', items: [{ name: 'Ndolé aux crevettes', price: 4500 }, { name: 'Poulet DG', price: 5500 }, { name: 'Eru et waterfufu', price: 3500 }] },
  { category: 'Boissons', items: [{ name: 'Jus de bissap', price: 1000 }, { name: 'Jus de gingembre', price: 1000 }] },
];

/** Radius zones around the demo restaurant (Bonanjo, Douala); fees and minimums in XAF. */
const DEMO_ZONES = [
  { name: 'Douala centre', radius_km: 4, delivery_fee: 500, minimum_order: 2000, estimated_minutes: 30 },
  { name: 'Grand Douala', radius_km: 15, delivery_fee: 1500, minimum_order: 5000, estimated_minutes: 60 },
];

async function call(baseUrl, method, path, { token, body, idempotencyKey } = {}) {
  const res = await fetch(`${baseUrl}/api/v1${path}`, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const json = await res.json().catch(() => ({}));
  return { status: res.status, body: json };
}

async function ensureUser(baseUrl, { email, password, name, role, phone }) {
  const reg = await call(baseUrl, 'POST', '/auth/register', { body: { email, password, name, role, phone } });
  if (reg.status === 201) return reg.body.data;
  const login = await call(baseUrl, 'POST', '/auth/login', { body: { email, password } });
  if (login.status !== 200) throw new Error(`demo user ${email}: ${JSON.stringify(login.body.error ?? login.body)}`);
  return login.body.data;
}

async function loadDemoData(baseUrl, password) {
  const adminLogin = await call(baseUrl, 'POST', '/auth/login', { body: { email: 'admin@platter.local', password } });
  // Seeding takes 4 logins and 3 sign-ups from this IP: within the gateway's per-minute rate limits on sign-in and sign-up, unless
  // the fleet is restarted more than once within a minute (then: RATE_LIMIT_EXCEEDED).
  const admin = adminLogin.body.data;
  if (!admin) throw new Error(`demo admin cannot log in: ${JSON.stringify(adminLogin.body.error ?? adminLogin.body)}`);
  const owner = await ensureUser(baseUrl, { email: 'owner@platter.local', password, name: 'Awa Restauratrice', role: 'restaurant_owner', phone: '+237670000001' });
  const customer = await ensureUser(baseUrl, { email: 'customer@platter.local', password, name: 'Jean Client', role: 'customer', phone: '+237670000002' });
  const driver = await ensureUser(baseUrl, { email: 'driver@platter.local', password, name: 'Paul Livreur', role: 'driver', phone: '+237670000003' });
  // The demo driver is approved (only approved drivers go online): a vehicle on file, then the admin's approval.
  const driverProfile = (await call(baseUrl, 'GET', '/driver/profile', { token: driver.tokens.access_token })).body.data;
  if (driverProfile?.status !== 'approved') {
    await call(baseUrl, 'PUT', '/driver/profile', { token: driver.tokens.access_token, body: { vehicle_type: 'motorbike', vehicle_plate: 'LT 0003 A' } });
    await call(baseUrl, 'POST', `/admin/drivers/${driver.user.id}/approve`, { token: admin.tokens.access_token });
  }

  const ownerToken = owner.tokens.access_token;
  let restaurant = (await call(baseUrl, 'GET', '/restaurant/profile', { token: ownerToken })).body.data;
  if (!restaurant) {
    restaurant = (await call(baseUrl, 'POST', '/restaurant/profile', {
      token: ownerToken,
      body: { name: 'Chez Awa', description: 'Cuisine camerounaise', address: 'Rue Joss, Bonanjo, Douala', latitude: 4.0435, longitude: 9.6966, phone: '+237670000001' },
    })).body.data;
    for (const group of DEMO_MENU) {
      const category = (await call(baseUrl, 'POST', '/restaurant/menu/categories', { token: ownerToken, body: { name: group.category } })).body.data;
      for (const item of group.items) {
        await call(baseUrl, 'POST', '/restaurant/menu/items', { token: ownerToken, body: { ...item, category_id: category.id } });
      }
    }
    // Delivery orders are refused outside every zone: central Douala close by, the rest of the city for more.
    for (const zone of DEMO_ZONES) {
      await call(baseUrl, 'POST', '/restaurant/zones', { token: ownerToken, body: zone });
    }
  }
  if (restaurant.status !== 'approved') {
    await call(baseUrl, 'POST', `/admin/restaurants/${restaurant.id}/approve`, { token: admin.tokens.access_token });
  }
  // A fresh token names the restaurant the owner acts for (its settings and coupons are per restaurant).
  const ownerLogin = await call(baseUrl, 'POST', '/auth/login', { body: { email: 'owner@platter.local', password } });
  const restaurantToken = ownerLogin.body.data?.tokens.access_token ?? ownerToken;
  // Cameroon's VAT, and a welcome code, so a demo order shows tax and a discount.
  await call(baseUrl, 'PUT', '/config/tax_rate', { token: restaurantToken, body: { value: '19.25' } });
  await call(baseUrl, 'POST', '/restaurant/coupons', { token: restaurantToken, body: { code: 'BIENVENUE', discount_type: 'percent', percent_bps: 1000, max_discount: 2000 } });
  // Something in the demo customer's wallet to pay with (once: only while it is empty).
  const wallet = await call(baseUrl, 'GET', '/client/wallet', { token: customer.tokens.access_token });
  if (wallet.status === 200 && wallet.body.data.balance === 0) {
    // A money-moving POST needs an Idempotency-Key; a fixed one per customer makes a re-run within the
    // key's lifetime replay the first credit instead of paying twice.
    const credit = await call(baseUrl, 'POST', `/admin/wallets/${customer.user.id}/credit`, {
      token: admin.tokens.access_token,
      body: { amount: 25000, reason: 'demo funds' },
      idempotencyKey: `demo-credit-${customer.user.id}`,
    });
    if (credit.status !== 201) throw new Error(`demo wallet credit: ${credit.status} ${JSON.stringify(credit.body.error ?? credit.body)}`);
  }
  return { restaurant, customer };
}

module.exports = { loadDemoData };
