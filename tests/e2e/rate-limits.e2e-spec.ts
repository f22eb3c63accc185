import { api, ApiResponse } from './support/http-client';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { Fleet } = require('../../tools/fleet/fleet');

const ADMIN = { email: 'admin@platter.local', password: 'e2e-admin-password' };
const run = Date.now().toString(36);

// The rate limits at their defaults, counted in Redis and shared by both gateway instances. The
// gateway trusts X-Forwarded-For from loopback only, so these requests can play distinct clients.
describe('rate limits at the gateway', () => {
  const fleet = new Fleet({
    namespace: `e2elimits${run}`,
    database: 'platter_e2e_limits',
    fresh: true,
    gatewayPort: 4700,
    gateways: 2,
    env: { RPC_TIMEOUT_MS: '3000' },
    serviceEnv: { identity: { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password } },
  });
  let gateways: string[];

  beforeAll(async () => {
    await fleet.start();
    gateways = fleet.gatewayUrls;
  }, 180_000);

  afterAll(() => fleet.stop());

  /** The i-th request goes to gateway i % 2, as a client whose IP is `ip`. */
  const from = (ip: string, i: number, method: string, path: string, body?: unknown) =>
    api(gateways[i % 2], method, path, { body, headers: { 'x-forwarded-for': ip } });

  const limitHeaders = (res: ApiResponse) => ({
    limit: Number(res.headers.get('x-ratelimit-limit')),
    remaining: Number(res.headers.get('x-ratelimit-remaining')),
    reset: Number(res.headers.get('x-ratelimit-reset')),
  });

  function expectRefused(res: ApiResponse, limit: number) {
    expect(res.status).toBe(429);
    expect(res.body).toMatchObject({ success: false, error: { code: 'RATE_LIMIT_EXCEEDED' } });
    const retryAfter = (res.body.error as unknown as { retryAfter: number }).retryAfter;
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(res.body.error!.message).toBe(`Too many requests. Try again in ${retryAfter} seconds.`);
    expect(res.body.requestId).toBe(res.headers.get('x-request-id'));
    expect(res.headers.get('retry-after')).toBe(String(retryAfter));
    expect(limitHeaders(res)).toMatchObject({ limit, remaining: 0 });
  }

  it('allows 5 logins a minute per IP across both gateways, refuses the 6th, and not another client', async () => {
    const client = '198.51.100.1';
    const startedS = Math.floor(Date.now() / 1000);
    for (let i = 0; i < 5; i++) {
      const res = await from(client, i, 'POST', '/auth/login', ADMIN);
      expect(res.status).toBe(200);
      const h = limitHeaders(res);
      expect(h).toMatchObject({ limit: 5, remaining: 4 - i });
      expect(h.reset).toBeGreaterThanOrEqual(startedS + 59);
      expect(h.reset).toBeLessThanOrEqual(startedS + 62);
    }
    expectRefused(await from(client, 5, 'POST', '/auth/login', ADMIN), 5);
    expectRefused(await from(client, 6, 'POST', '/auth/login', ADMIN), 5);

    const other = await from('198.51.100.2', 0, 'POST', '/auth/login', ADMIN);
    expect(other.status).toBe(200);
    expect(limitHeaders(other)).toMatchObject({ limit: 5, remaining: 4 });
  });

  it('allows 3 sign-ups a minute per IP and refuses the 4th', async () => {
    const client = '198.51.100.3';
    for (let i = 0; i < 3; i++) {
      const res = await from(client, i, 'POST', '/auth/register', { email: `limits-${run}-${i}@example.cm`, password: 'long-enough-1', name: `User ${i}` });
      expect(res.status).toBe(201);
      expect(limitHeaders(res)).toMatchObject({ limit: 3, remaining: 2 - i });
    }
    expectRefused(await from(client, 3, 'POST', '/auth/register', { email: `limits-${run}-3@example.cm`, password: 'long-enough-1', name: 'User 3' }), 3);
  });

  it('applies the guest limit per IP and the default per user elsewhere, and leaves health alone', async () => {
    const guest1 = await from('198.51.100.4', 0, 'GET', '/public/restaurants');
    const guest2 = await from('198.51.100.4', 1, 'GET', '/public/restaurants');
    expect(guest1.status).toBe(200);
    expect([limitHeaders(guest1), limitHeaders(guest2)]).toMatchObject([{ limit: 50, remaining: 49 }, { limit: 50, remaining: 48 }]);

    const login = await from('198.51.100.5', 0, 'POST', '/auth/login', ADMIN);
    const token = login.body.data.tokens.access_token as string;
    // Per user: the same user from two IPs shares one counter.
    const me1 = await api(gateways[0], 'GET', '/users/me', { token, headers: { 'x-forwarded-for': '198.51.100.6' } });
    const me2 = await api(gateways[1], 'GET', '/users/me', { token, headers: { 'x-forwarded-for': '198.51.100.7' } });
    expect(me1.status).toBe(200);
    expect([limitHeaders(me1), limitHeaders(me2)]).toMatchObject([{ limit: 100, remaining: 99 }, { limit: 100, remaining: 98 }]);

    const health = await fetch(`${fleet.gatewayOpsUrls[0]}/health/ready`);
    expect(health.status).toBe(200);
    expect(health.headers.get('x-ratelimit-limit')).toBeNull();
    expect(await health.json()).toMatchObject({ info: { redis: { status: 'up' } } });
  });
});
