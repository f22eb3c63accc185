import { api, eventually } from './support/http-client';
import { E2E_ADMIN, useTestFleet } from './support/test-fleet';

const run = Date.now().toString(36);
/** The restaurant sits in Akwa, Douala. */
const AKWA = { lat: 4.05, lng: 9.7 };
/** Outside the square below, about 2.8 km north of Akwa: inside the 3 km circle only. */
const BONANJO = { lat: 4.075, lng: 9.7 };
const YAOUNDE = { lat: 3.89, lng: 11.51 };
const SQUARE = [[9.68, 4.03], [9.72, 4.03], [9.72, 4.07], [9.68, 4.07]];

describe('delivery zones: defined by the owner, quoted publicly, enforced by ordering', () => {
  const e2e = useTestFleet({ namespace: `e2ezones${run}`, database: 'platter_e2e_zones', gatewayPort: 7600, env: { RATE_LIMITS_ENABLED: 'false' } });
  let gw: string;
  let owner: string;
  let customer: string;
  let restaurantId: string;
  let itemId: string;
  let circleId: string;
  let squareId: string;

  const quote = (at: { lat: number; lng: number }) => api(gw, 'GET', `/public/restaurants/${restaurantId}/delivery-quote?lat=${at.lat}&lng=${at.lng}`);
  const order = (at: { lat: number; lng: number }, quantity: number) =>
    api(gw, 'POST', '/client/orders', {
      token: customer,
      body: {
        restaurant_id: restaurantId,
        items: [{ menu_item_id: itemId, quantity }],
        delivery_type: 'delivery',
        delivery_address: { address: 'Douala', latitude: at.lat, longitude: at.lng },
        payment_method: 'cash',
      },
    });

  beforeAll(async () => {
    gw = e2e.gateway();
    const ownerReg = await api(gw, 'POST', '/auth/register', {
      body: { email: `owner-${run}@example.cm`, password: 'owner-password-1', name: 'Awa', role: 'restaurant_owner' },
    });
    owner = ownerReg.body.data.tokens.access_token;
    const customerReg = await api(gw, 'POST', '/auth/register', { body: { email: `customer-${run}@example.cm`, password: 'customer-password-1', name: 'Jean' } });
    customer = customerReg.body.data.tokens.access_token;
    const created = await api(gw, 'POST', '/restaurant/profile', {
      token: owner,
      body: { name: `Chez Awa ${run}`, address: 'Akwa, Douala', latitude: AKWA.lat, longitude: AKWA.lng },
    });
    expect(created.status).toBe(201);
    restaurantId = created.body.data.id;
    const item = await api(gw, 'POST', '/restaurant/menu/items', { token: owner, body: { name: 'Ndolé', price: 2500 } });
    expect(item.status).toBe(201);
    itemId = item.body.data.id;
    const admin = (await api(gw, 'POST', '/auth/login', { body: E2E_ADMIN })).body.data.tokens.access_token as string;
    expect((await api(gw, 'POST', `/admin/restaurants/${restaurantId}/approve`, { token: admin })).status).toBe(200);
  });

  it('lets the owner define a radius zone around the restaurant and a polygon zone, and no one else', async () => {
    const circle = await api(gw, 'POST', '/restaurant/zones', {
      token: owner,
      body: { name: 'Akwa 3 km', radius_km: 3, delivery_fee: 1000, estimated_minutes: 30 },
    });
    expect(circle.status).toBe(201);
    expect(circle.body.data).toMatchObject({ kind: 'radius', center_lat: AKWA.lat, center_lng: AKWA.lng, radius_km: 3, minimum_order: 0, is_active: true });
    circleId = circle.body.data.id;
    const square = await api(gw, 'POST', '/restaurant/zones', {
      token: owner,
      body: { name: 'Akwa square', polygon: SQUARE, delivery_fee: 500, minimum_order: 3000, estimated_minutes: 40 },
    });
    expect(square.status).toBe(201);
    expect(square.body.data).toMatchObject({ kind: 'polygon', polygon: SQUARE, radius_km: null });
    squareId = square.body.data.id;

    const both = await api(gw, 'POST', '/restaurant/zones', { token: owner, body: { name: 'X', radius_km: 1, polygon: SQUARE, delivery_fee: 1, estimated_minutes: 5 } });
    expect(both.status).toBe(400);
    const bowTie = await api(gw, 'POST', '/restaurant/zones', {
      token: owner,
      body: { name: 'X', polygon: [[0, 0], [1, 1], [1, 0], [0, 1]], delivery_fee: 1, estimated_minutes: 5 },
    });
    expect(bowTie.status).toBe(400);
    expect(bowTie.body.error?.details).toEqual([expect.objectContaining({ field: 'polygon' })]);
    const byCustomer = await api(gw, 'POST', '/restaurant/zones', { token: customer, body: { name: 'X', radius_km: 1, delivery_fee: 1, estimated_minutes: 5 } });
    expect(byCustomer.status).toBe(403);

    const listed = await api(gw, 'GET', '/restaurant/zones', { token: owner });
    expect(listed.status).toBe(200);
    expect(listed.body.data.map((z: { id: string }) => z.id)).toEqual([circleId, squareId]);
  });

  it('quotes the cheapest zone covering a point, and 422 outside every zone', async () => {
    const overlap = await quote(AKWA);
    expect(overlap.status).toBe(200);
    expect(overlap.body.data).toEqual({ zone_id: squareId, name: 'Akwa square', delivery_fee: 500, minimum_order: 3000, estimated_minutes: 40, currency: 'XAF' });
    const circleOnly = await quote(BONANJO);
    expect(circleOnly.body.data).toMatchObject({ zone_id: circleId, delivery_fee: 1000 });
    const outside = await quote(YAOUNDE);
    expect(outside.status).toBe(422);
    expect(outside.body.error?.code).toBe('OUT_OF_DELIVERY_ZONE');
    expect((await api(gw, 'GET', `/public/restaurants/${restaurantId}/delivery-quote?lat=95&lng=9.7`)).status).toBe(400);
  });

  it("charges the serving zone's fee, refuses delivery outside every zone and under the zone's minimum", async () => {
    // Ordering's copy of the menu and zones comes by events: wait until it takes this order.
    const inCircle = await eventually(() => order(BONANJO, 1), (r) => r.status === 201);
    expect(inCircle.body.data).toMatchObject({ subtotal: 2500, delivery_fee: 1000 });
    const inSquare = await eventually(() => order(AKWA, 2), (r) => r.status === 201);
    expect(inSquare.body.data).toMatchObject({ subtotal: 5000, delivery_fee: 500 });
    expect(inSquare.body.data.total_amount).toBe(5000 + 500 + inSquare.body.data.tax_amount + inSquare.body.data.service_fee);

    const belowMinimum = await order(AKWA, 1);
    expect(belowMinimum.status).toBe(422);
    expect(belowMinimum.body.error?.code).toBe('BELOW_MINIMUM_ORDER');
    const outside = await order(YAOUNDE, 2);
    expect(outside.status).toBe(422);
    expect(outside.body.error?.code).toBe('OUT_OF_DELIVERY_ZONE');
  });

  it('follows edits and deletions in both the quote and ordering', async () => {
    const cheaper = await api(gw, 'PUT', `/restaurant/zones/${circleId}`, { token: owner, body: { delivery_fee: 200 } });
    expect(cheaper.status).toBe(200);
    expect(cheaper.body.data).toMatchObject({ delivery_fee: 200, radius_km: 3 });
    expect((await quote(AKWA)).body.data).toMatchObject({ zone_id: circleId, delivery_fee: 200 });
    const charged = await eventually(() => order(AKWA, 1), (r) => r.status === 201 && r.body.data.delivery_fee === 200);
    expect(charged.body.data.delivery_fee).toBe(200);

    const deleted = await api(gw, 'DELETE', `/restaurant/zones/${circleId}`, { token: owner });
    expect(deleted.status).toBe(200);
    expect((await quote(BONANJO)).body.error?.code).toBe('OUT_OF_DELIVERY_ZONE');
    const refused = await eventually(() => order(BONANJO, 2), (r) => r.status === 422);
    expect(refused.body.error?.code).toBe('OUT_OF_DELIVERY_ZONE');
    expect((await api(gw, 'DELETE', `/restaurant/zones/${circleId}`, { token: owner })).status).toBe(404);
  });
});
