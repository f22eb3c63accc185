import { Global, Module } from '@nestjs/common';
import { APP_FILTER, NestFactory } from '@nestjs/core';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { TestSigningKey, keySet, makeSigningKey, signAccessToken } from '@platter/testing';
import { AuthModule } from '@platter/auth';
import { PlatterError, RPC } from '@platter/contracts';
import { AmqpConnection, RpcClient, RpcTimeoutError } from '@platter/messaging';
import { PlatterExceptionFilter, createHttpAdapter } from '@platter/service-kit';
import { loadConfig } from '@platter/config';
import { GatewayConfig } from './gateway.config';
import { ROUTE_MODULES } from './gateway.module';
import { configureHttp } from './http/configure-http';
import { SECURITY_HEADERS } from './http/security-headers';

// Swagger UI's static assets are not under test, and @fastify/static pulls an ESM-only package jest cannot load.
jest.mock('@fastify/static', () => ({ __esModule: true, default: async () => undefined }));

// The whole HTTP edge on a loopback port: guards, validation, envelopes, error mapping, with
// services replaced by a fake RpcClient. (Fastify's inject needs ESM-only packages jest cannot load.)
describe('the gateway over HTTP', () => {
  const rpc = { call: jest.fn() };
  let app: NestFastifyApplication;
  let baseUrl: string;
  let key: TestSigningKey;
  const userId = '0b6f3c52-7d7b-4a44-9a4e-3f2c3f6d9a01';
  const orderId = '6f1c1f43-1d8e-4d55-9d7e-0d6f3b1c2a10';

  const token = (role: string) => signAccessToken(key, { claims: { role, email: `${role}@example.cm`, sid: 'session-9' } });

  beforeAll(async () => {
    key = await makeSigningKey('k1');
    const config = loadConfig(GatewayConfig, {});

    const brokerDown = { provide: AmqpConnection, useValue: { current: null } };

    @Global()
    @Module({ providers: [{ provide: RpcClient, useValue: rpc }, { provide: GatewayConfig, useValue: config }, brokerDown], exports: [RpcClient, GatewayConfig, AmqpConnection] })
    class FakePlatform {}

    @Module({
      imports: [FakePlatform, AuthModule.forRootAsync({ useFactory: () => ({ fetchJwks: async () => keySet(key) }) }), ...ROUTE_MODULES],
      providers: [{ provide: APP_FILTER, useClass: PlatterExceptionFilter }],
    })
    class TestGateway {}

    app = await NestFactory.create<NestFastifyApplication>(TestGateway, createHttpAdapter(), { logger: false, abortOnError: false });
    await configureHttp(app, config);
    await app.listen({ port: 0, host: '127.0.0.1' });
    baseUrl = await app.getUrl();
  });

  afterAll(() => app.close());

  const request = async (method: string, path: string, headers: Record<string, string> = {}, body?: string) => {
    const res = await fetch(`${baseUrl}${path}`, { method, headers, body });
    return { status: res.status, headers: Object.fromEntries(res.headers), body: (await res.json()) as any };
  };
  beforeEach(() => rpc.call.mockReset());

  const send = async (method: 'GET' | 'POST' | 'PUT', url: string, o: { role?: string; body?: unknown; headers?: Record<string, string> } = {}) => {
    const headers: Record<string, string> = { ...o.headers };
    if (o.role) headers.authorization = `Bearer ${await token(o.role)}`;
    if (o.body !== undefined) headers['content-type'] = 'application/json';
    return request(method, `/api/v1${url}`, headers, o.body === undefined ? undefined : JSON.stringify(o.body));
  };

  it('forwards a sign-up to identity with the request id and answers 201 in the envelope', async () => {
    rpc.call.mockResolvedValue({ user: { id: userId }, tokens: { token_type: 'Bearer' } });
    const body = { email: 'awa@example.cm', password: 'long-enough', name: 'Awa' };
    const res = await send('POST', '/auth/register', { body, headers: { 'x-request-id': 'req-42' } });
    expect(res.status).toBe(201);
    expect(res.headers['x-request-id']).toBe('req-42');
    expect(res.body).toEqual({ success: true, data: { user: { id: userId }, tokens: { token_type: 'Bearer' } }, message: 'Account created', timestamp: expect.any(String) });
    expect(rpc.call).toHaveBeenCalledWith(RPC.identity.register, { actor: null, data: body }, { correlationId: 'req-42' });
  });

  it('answers a log-in with 200', async () => {
    rpc.call.mockResolvedValue({ user: {}, tokens: {} });
    expect((await send('POST', '/auth/login', { body: { email: 'awa@example.cm', password: 'x' } })).status).toBe(200);
  });

  it('refuses bad input before any service is asked', async () => {
    const res = await send('POST', '/auth/register', { body: { email: 'nope' } });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ success: false, error: { code: 'VALIDATION_ERROR' }, requestId: res.headers['x-request-id'] });
    expect(res.body.error.details.map((d: { field: string }) => d.field)).toEqual(['email', 'password', 'name']);
    expect(rpc.call).not.toHaveBeenCalled();
  });

  it('answers malformed JSON with a 400 envelope', async () => {
    const res = await request('POST', '/api/v1/auth/login', { 'content-type': 'application/json' }, '{"email": ');
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ success: false, error: { code: 'VALIDATION_ERROR' } });
  });

  it('requires a token, and a valid one', async () => {
    expect((await send('GET', '/users/me')).body.error).toEqual({ code: 'AUTH_REQUIRED', message: 'Authentication token required' });
    const forged = await send('GET', '/users/me', { headers: { authorization: 'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.' } });
    expect([forged.status, forged.body.error.code]).toEqual([401, 'INVALID_TOKEN']);
  });

  it('tells the service who is asking, without the session id', async () => {
    rpc.call.mockResolvedValue({ id: userId });
    expect((await send('GET', '/users/me', { role: 'customer' })).status).toBe(200);
    expect(rpc.call.mock.calls[0][1]).toEqual({ actor: { user_id: userId, role: 'customer', email: 'customer@example.cm' }, data: {} });
  });

  it('logs out the session of the access token', async () => {
    rpc.call.mockResolvedValue({ logged_out: true });
    const res = await send('POST', '/auth/logout', { role: 'customer', body: {} });
    expect(res.status).toBe(200);
    expect(rpc.call.mock.calls[0][1].data).toEqual({ session_id: 'session-9' });
  });

  it('checks roles: 403 FORBIDDEN for the wrong one', async () => {
    const res = await send('PUT', `/restaurant/orders/${orderId}/accept`, { role: 'customer' });
    expect([res.status, res.body.error.code]).toEqual([403, 'FORBIDDEN']);
    const forged = await send('PUT', `/restaurant/orders/${orderId}/accept`, { headers: { authorization: 'Bearer forged' } });
    expect([forged.status, forged.body.error.code]).toEqual([401, 'INVALID_TOKEN']);
    rpc.call.mockResolvedValue({ id: orderId, status: 'accepted' });
    expect((await send('PUT', `/restaurant/orders/${orderId}/accept`, { role: 'restaurant_owner' })).status).toBe(200);
    expect(rpc.call).toHaveBeenCalledWith(RPC.ordering.accept, expect.objectContaining({ data: { id: orderId } }), expect.anything());
  });

  it('refuses an id that is not a UUID', async () => {
    const res = await send('POST', '/admin/restaurants/42/approve', { role: 'admin' });
    expect(res.status).toBe(400);
    expect(res.body.error.details).toEqual([{ field: 'id', message: 'id must be a UUID' }]);
  });

  it('passes the Idempotency-Key header on as data.idempotency_key, and bounds it', async () => {
    const order = {
      restaurant_id: orderId,
      items: [{ menu_item_id: userId, quantity: 2 }],
      delivery_type: 'pickup',
      payment_method: 'cash',
    };
    rpc.call.mockResolvedValue({ id: orderId });
    const placed = await send('POST', '/client/orders', { role: 'customer', body: order, headers: { 'idempotency-key': 'k-1' } });
    expect(placed.status).toBe(201);
    expect(rpc.call.mock.calls[0][1].data).toEqual({ ...order, idempotency_key: 'k-1' });
    const tooLong = await send('POST', '/client/orders', { role: 'customer', body: order, headers: { 'idempotency-key': 'k'.repeat(256) } });
    expect(tooLong.body.error.details).toEqual([{ field: 'Idempotency-Key', message: expect.any(String) }]);
  });

  it('puts a page of results in data with pagination beside it', async () => {
    const pagination = { page: 1, limit: 2, total: 3, totalPages: 2 };
    rpc.call.mockResolvedValue({ items: [{ id: 'a' }, { id: 'b' }], pagination });
    const res = await send('GET', '/public/restaurants?limit=2');
    expect(res.body).toEqual({ success: true, data: [{ id: 'a' }, { id: 'b' }], pagination, timestamp: expect.any(String) });
    expect(rpc.call.mock.calls[0][1]).toEqual({ actor: null, data: { page: 1, limit: 2 } });
    expect((await send('GET', '/public/restaurants?limit=101')).status).toBe(400);
  });

  it('maps service errors and timeouts to their statuses', async () => {
    rpc.call.mockRejectedValueOnce(new PlatterError('INVALID_STATE_TRANSITION', 'Cannot accept a ready order'));
    const conflict = await send('PUT', `/restaurant/orders/${orderId}/accept`, { role: 'admin' });
    expect([conflict.status, conflict.body.error]).toEqual([422, { code: 'INVALID_STATE_TRANSITION', message: 'Cannot accept a ready order' }]);
    rpc.call.mockRejectedValueOnce(new RpcTimeoutError(RPC.identity.login, 1000));
    const slow = await send('POST', '/auth/login', { body: { email: 'awa@example.cm', password: 'x' } });
    expect([slow.status, slow.body.error.code]).toEqual([504, 'GATEWAY_TIMEOUT']);
  });

  it('publishes the OpenAPI document with every route and bearer auth', async () => {
    const doc = (await request('GET', '/api/docs-json')).body;
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/client/orders', '/api/v1/auth/register', '/api/v1/public/restaurants/{id}/menu']));
    expect(doc.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
  });

  it('sends the security headers (HTTPS only, no sniffing, no framing, same-origin content), and only those of helmet\'s, on errors and 404s too', async () => {
    for (const res of [await request('GET', '/api/v1/users/me'), await request('GET', '/api/v1/no-such-route')]) {
      expect([401, 404]).toContain(res.status);
      expect(res.headers).toMatchObject(SECURITY_HEADERS);
      expect(res.headers).not.toHaveProperty('cross-origin-opener-policy');
      expect(res.headers).not.toHaveProperty('referrer-policy');
    }
  });

  it('lets only admins at the dead letters, checks the service name, and answers 503 while the broker is away', async () => {
    expect((await send('GET', '/admin/dead-letters/kitchen', { role: 'customer' })).status).toBe(403);
    const unknown = await send('GET', '/admin/dead-letters/nowhere', { role: 'admin' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details[0].field).toBe('service');
    const down = await send('GET', '/admin/dead-letters/kitchen', { role: 'admin' });
    expect(down.status).toBe(503);
    expect(down.body.error.code).toBe('SERVICE_UNAVAILABLE');
  });
});
