import * as amqp from 'amqplib';
import { randomUUID } from 'node:crypto';
import { Socket } from 'socket.io-client';
import { FakeOtlpCollector } from './support/fake-otlp-collector';
import { api, counterValue, eventually } from './support/http-client';
import { SocketClients, nextEvent } from './support/socket-clients';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { Fleet, SERVICES } = require('../../tools/fleet/fleet');

const ADMIN = { email: 'admin@platter.local', password: 'e2e-admin-password' };
const run = Date.now().toString(36);

describe('walking skeleton: the whole fleet through the gateway', () => {
  const collector = new FakeOtlpCollector();
  const fleet = new Fleet({
    namespace: `e2e${run}`,
    database: 'platter_e2e',
    fresh: true,
    gatewayPort: 4000,
    gateways: 2,
    // Not about rate limits (tests/e2e/rate-limits.e2e-spec.ts is): its many sign-ups come from one IP.
    env: { RATE_LIMITS_ENABLED: 'false', RPC_TIMEOUT_MS: '3000', RETRY_DELAYS_MS: '200,500', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4390', OTEL_BSP_SCHEDULE_DELAY: '200' },
    serviceEnv: { identity: { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password }, kitchen: { LOG_LEVEL: 'debug' } },
  });
  let gw: string;
  let gw2: string;
  const sockets = new SocketClients();

  beforeAll(async () => {
    await collector.start(4390);
    await fleet.start();
    [gw, gw2] = fleet.gatewayUrls;
  }, 180_000);

  afterAll(async () => {
    sockets.closeAll();
    await fleet.stop();
    await collector.stop();
  });

  const connect = (url: string, token: string): Promise<Socket> => sockets.connect(url, token);

  it('registers, lists an approved restaurant, orders, opens a kitchen ticket and relays the acceptance to both gateways', async () => {
    // Identity: register and log in (Argon2id, ES256 JWT).
    const ownerReg = await api(gw, 'POST', '/auth/register', {
      body: { email: `owner-${run}@example.cm`, password: 'owner-password-1', name: 'Awa', role: 'restaurant_owner' },
    });
    expect(ownerReg.status).toBe(201);
    expect(ownerReg.body.success).toBe(true);
    expect(ownerReg.body.data.user).toMatchObject({ role: 'restaurant_owner', email: `owner-${run}@example.cm`, status: 'active' });
    expect(ownerReg.body.data.tokens).toMatchObject({ token_type: 'Bearer', expires_in: 900 });
    const owner = ownerReg.body.data.tokens.access_token as string;
    const header = JSON.parse(Buffer.from(owner.split('.')[0], 'base64url').toString());
    expect(header.alg).toBe('ES256');
    // The key that signed it is published at the well-known JWKS address, outside /api/v1.
    const jwks = (await (await fetch(`${gw}/.well-known/jwks.json`)).json()) as { keys: Array<{ kid: string; alg: string; d?: string }> };
    expect(jwks.keys.map((k) => k.kid)).toContain(header.kid);
    expect(jwks.keys.every((k) => k.alg === 'ES256' && k.d === undefined)).toBe(true);

    const customerReg = await api(gw, 'POST', '/auth/register', {
      body: { email: `customer-${run}@example.cm`, password: 'customer-password-1', name: 'Jean', phone: '670 12 34 56' },
    });
    expect(customerReg.status).toBe(201);
    expect(customerReg.body.data.user.role).toBe('customer');
    expect(customerReg.body.data.user.phone).toBe('+237670123456'); // national form stored as E.164
    const customerId = customerReg.body.data.user.id;
    const login = await api(gw, 'POST', '/auth/login', { body: { email: `customer-${run}@example.cm`, password: 'customer-password-1' } });
    expect(login.status).toBe(200);
    const customer = login.body.data.tokens.access_token as string;
    const adminLogin = await api(gw, 'POST', '/auth/login', { body: ADMIN });
    expect(adminLogin.status).toBe(200);
    expect(adminLogin.body.data.user.role).toBe('admin');
    const admin = adminLogin.body.data.tokens.access_token as string;

    // Catalog: the owner creates a restaurant and a menu item; it is hidden until approved.
    const created = await api(gw, 'POST', '/restaurant/profile', { token: owner, body: { name: `Chez Awa ${run}`, address: 'Bonanjo, Douala' } });
    expect(created.status).toBe(201);
    expect(created.body.data.status).toBe('pending');
    const restaurantId = created.body.data.id as string;
    const item = await api(gw, 'POST', '/restaurant/menu/items', { token: owner, body: { name: 'Ndolé', price: 2500 } });
    expect(item.status).toBe(201);
    const itemId = item.body.data.id as string;
    // Delivery orders need an address inside one of the restaurant's delivery zones ([lng, lat] points).
    const zone = await api(gw, 'POST', '/restaurant/zones', {
      token: owner,
      body: { name: 'Douala centre', polygon: [[9.6, 3.95], [9.8, 3.95], [9.8, 4.15], [9.6, 4.15]], delivery_fee: 1000, estimated_minutes: 40 },
    });
    expect(zone.status).toBe(201);
    const hidden = await api(gw, 'GET', `/public/restaurants/${restaurantId}`);
    expect(hidden.status).toBe(404);

    // Sent the way many client libraries do: a JSON content type and no body.
    const approved = await api(gw, 'POST', `/admin/restaurants/${restaurantId}/approve`, { token: admin, headers: { 'content-type': 'application/json' } });
    expect(approved.status).toBe(200);
    expect(approved.body.data.status).toBe('approved');
    const listed = await api(gw, 'GET', '/public/restaurants?page=1&limit=100');
    expect(listed.status).toBe(200);
    expect(listed.body.data.map((r: { id: string }) => r.id)).toContain(restaurantId);
    expect(listed.body.pagination).toMatchObject({ page: 1, limit: 100 });

    // The customer listens on both gateway instances.
    const [onFirst, onSecond] = await Promise.all([connect(gw, customer), connect(gw2, customer)]);

    // Ordering: prices come from its event-fed copy of the menu (it may lag catalog by a moment).
    const orderBody = {
      restaurant_id: restaurantId,
      items: [{ menu_item_id: itemId, quantity: 2 }],
      delivery_type: 'delivery',
      delivery_address: { address: 'Akwa, Douala', latitude: 4.05, longitude: 9.7 },
      payment_method: 'cash',
    };
    const placed = await eventually(
      () => api(gw, 'POST', '/client/orders', { token: customer, body: orderBody, headers: { 'Idempotency-Key': `e2e-${run}` } }),
      (r) => r.status !== 422,
    );
    expect(placed.status).toBe(201);
    const order = placed.body.data;
    expect(order).toMatchObject({ restaurant_id: restaurantId, customer_id: customerId, status: 'confirmed', subtotal: 5000, currency: 'XAF', payment_method: 'cash', payment_status: 'pending' });
    expect(order.total_amount).toBe(order.subtotal + order.tax_amount + order.delivery_fee + order.service_fee);
    expect(order.items).toEqual([expect.objectContaining({ menu_item_id: itemId, quantity: 2, unit_price: 2500 })]);

    const replay = await api(gw, 'POST', '/client/orders', { token: customer, body: orderBody, headers: { 'Idempotency-Key': `e2e-${run}` } });
    expect(replay.body.data.id).toBe(order.id);
    const reused = await api(gw, 'POST', '/client/orders', {
      token: customer,
      body: { ...orderBody, items: [{ menu_item_id: itemId, quantity: 3 }] },
      headers: { 'Idempotency-Key': `e2e-${run}` },
    });
    expect(reused.status).toBe(422);

    // Kitchen drafted a ticket from order.created; it opens when the restaurant accepts.
    const tickets = await eventually(
      () => api(gw, 'GET', `/kitchen/tickets?order_id=${order.id}&status=pending`, { token: owner }),
      (r) => r.status === 200 && r.body.data.length === 1,
    );
    expect(tickets.body.data[0]).toMatchObject({ order_id: order.id, status: 'pending' });

    // The restaurant accepts; both of the customer's sockets hear it.
    const heardFirst = nextEvent(onFirst, 'order_status_update', (p: any) => p.orderId === order.id && p.status === 'accepted');
    const heardSecond = nextEvent(onSecond, 'order_status_update', (p: any) => p.orderId === order.id && p.status === 'accepted');
    const accepted = await api(gw, 'PUT', `/restaurant/orders/${order.id}/accept`, { token: owner });
    expect(accepted.status).toBe(200);
    expect(accepted.body.data.status).toBe('accepted');
    await expect(heardFirst).resolves.toMatchObject({ orderId: order.id, status: 'accepted' });
    await expect(heardSecond).resolves.toMatchObject({ orderId: order.id, status: 'accepted' });
    await eventually(
      () => api(gw, 'GET', `/kitchen/tickets?order_id=${order.id}`, { token: owner }),
      (r) => r.body.data?.[0]?.status === 'open',
    );

    // Business rules and access control hold at the edge.
    const again = await api(gw, 'PUT', `/restaurant/orders/${order.id}/accept`, { token: owner });
    expect(again.status).toBe(422);
    expect(again.body.error?.code).toBe('INVALID_STATE_TRANSITION');
    const byCustomer = await api(gw, 'PUT', `/restaurant/orders/${order.id}/accept`, { token: customer });
    expect(byCustomer.status).toBe(403);

    // One trace runs from the gateway through ordering and the outbox into kitchen.
    const traceId = placed.headers.get('x-trace-id');
    expect(traceId).toMatch(/^[0-9a-f]{32}$/);
    const kitchenLog = fleet.logOf('kitchen') as string;
    const handled = kitchenLog.split('\n').filter((l) => l.includes(order.id) || l.includes(traceId!));
    expect(handled.some((l) => l.includes(`"trace_id":"${traceId}"`))).toBe(true);
    // ...and the spans exported over OTLP join up into that one trace.
    const services = await eventually(
      async () => collector.servicesInTrace(traceId!),
      (s) => ['gateway', 'ordering', 'kitchen'].every((name) => s.has(name)),
      15_000,
      200,
    );
    expect([...services]).toEqual(expect.arrayContaining(['gateway', 'ordering', 'kitchen']));
    const kitchenSpan = collector.spans.find((s) => s.traceId === traceId && s.service === 'kitchen')!;
    expect(collector.spans.some((s) => s.spanId === kitchenSpan.parentSpanId && s.service === 'ordering')).toBe(true);

    // Every service consumed at least one real event on the way.
    for (const { name } of SERVICES as Array<{ name: string }>) {
      const handledCount = await counterValue(`http://127.0.0.1:${fleet.portOf(name)}/metrics`, 'messages_total', { outcome: 'handled' });
      expect({ service: name, handled: handledCount > 0 }).toEqual({ service: name, handled: true });
    }
  });

  it('answers bad input with the envelope and never with a crash', async () => {
    const bad = await api(gw, 'POST', '/auth/register', { body: { email: 'not-an-email', password: 'x' } });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ success: false, error: { code: 'VALIDATION_ERROR' } });
    expect(bad.body.error!.details!.map((d) => d.field)).toEqual(expect.arrayContaining(['email', 'password', 'name']));
    expect(bad.body.requestId).toBe(bad.headers.get('x-request-id'));

    const malformed = await api(gw, 'POST', '/auth/login', { rawBody: '{"email": ' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.success).toBe(false);

    const noToken = await api(gw, 'GET', '/users/me');
    expect(noToken.status).toBe(401);
    expect(noToken.body.error?.code).toBe('AUTH_REQUIRED');
    const forged = await api(gw, 'GET', '/users/me', { token: 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.' });
    expect(forged.status).toBe(401);
    expect(forged.body.error?.code).toBe('INVALID_TOKEN');

    // Requests the guard turned away are measured too, under their route template (on the ops port).
    const [ops] = fleet.gatewayOpsUrls;
    const refused = await counterValue(`${ops}/metrics`, 'http_request_duration_seconds_count', { route: '/api/v1/users/me', status_code: '401' });
    expect(refused).toBeGreaterThanOrEqual(2);

    await expect(connect(gw, 'not-a-token')).rejects.toBeTruthy();
    const health = await fetch(`${ops}/health/ready`);
    expect(health.status).toBe(200);
  });

  it('dead-letters a malformed event with its reason, keeps consuming, and lets an admin list and replay it', async () => {
    const admin = (await api(gw, 'POST', '/auth/login', { body: ADMIN })).body.data.tokens.access_token as string;
    const conn = await amqp.connect('amqp://guest:guest@127.0.0.1:5672');
    try {
      const ch = await conn.createConfirmChannel();
      const id = randomUUID();
      const envelope = { id, type: 'order.created', version: 1, occurred_at: new Date().toISOString(), producer: 'e2e', correlation_id: id, payload: { order_id: 'not-a-uuid' } };
      ch.publish(`e2e${run}.events`, 'order.created', Buffer.from(JSON.stringify(envelope)), { persistent: true, messageId: id, type: 'order.created' });
      await ch.waitForConfirms();
      const letters = await eventually(
        () => api(gw, 'GET', '/admin/dead-letters/kitchen', { token: admin }),
        (r) => r.status === 200 && r.body.data.some((d: { messageId: string }) => d.messageId === id),
      );
      const letter = letters.body.data.find((d: { messageId: string }) => d.messageId === id);
      expect(letter.reason).toMatch(/invalid payload: .*order_id/);
      expect((await fetch(`http://127.0.0.1:${fleet.portOf('kitchen')}/health/ready`)).status).toBe(200);

      const byCustomer = await api(gw, 'GET', '/admin/dead-letters/kitchen', { token: (await api(gw, 'POST', '/auth/login', { body: { email: `customer-${run}@example.cm`, password: 'customer-password-1' } })).body.data.tokens.access_token });
      expect(byCustomer.status).toBe(403);
      expect((await api(gw, 'GET', '/admin/dead-letters/nowhere', { token: admin })).status).toBe(400);

      // Replayed, it is still invalid: it goes through kitchen again and comes back to the DLQ.
      const replay = await api(gw, 'POST', '/admin/dead-letters/kitchen/replay', { token: admin, body: { message_ids: [id] } });
      expect(replay.status).toBe(201);
      expect(replay.body.data).toEqual({ replayed: 1 });
      const invalidCount = () => counterValue(`http://127.0.0.1:${fleet.portOf('kitchen')}/metrics`, 'messages_total', { handler: 'order.created', outcome: 'invalid' });
      await eventually(invalidCount, (n) => n === 2);
    } finally {
      await conn.close();
    }
  });

  it('turns an RPC to a stopped service into 504, and recovers when it is back', async () => {
    // SIGTERM drains and stops the service cleanly (exit code 0, not killed by the signal).
    expect(await fleet.kill('identity')).toEqual({ code: 0, signal: null });
    const started = Date.now();
    const res = await api(gw, 'POST', '/auth/login', { body: ADMIN });
    expect(res.status).toBe(504);
    expect(res.body.error?.code).toBe('GATEWAY_TIMEOUT');
    expect(Date.now() - started).toBeGreaterThanOrEqual(2900);
    const aggregated = await fetch(`${gw}/health`);
    expect(aggregated.status).toBe(503);

    await fleet.restart('identity');
    const back = await api(gw, 'POST', '/auth/login', { body: ADMIN });
    expect(back.status).toBe(200);
  });
});
