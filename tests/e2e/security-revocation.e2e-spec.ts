import type { AccountEmailTokenIssued } from '@platter/contracts';
import { ApiResponse, api } from './support/http-client';
import { EventTap } from './support/event-tap';
import { E2E_ADMIN, useTestFleet } from './support/test-fleet';

const run = Date.now().toString(36);
const namespace = `e2erevoke${run}`;
/** Failed authentications an IP may have per minute in this fleet. */
const AUTH_FAILURES_PER_MIN = 4;

/** The test fleet trusts loopback proxies (TRUST_PROXY's default), so each test can be its own client IP. */
const fromIp = (ip: string) => ({ 'x-forwarded-for': ip });

const revoked = (res: ApiResponse) => ({ status: res.status, code: res.body.error?.code, details: res.body.error?.details });
const REVOKED = { status: 401, code: 'TOKEN_REVOKED', details: [{ field: 'authorization', message: 'revoked' }] };

describe('ending sessions and failing authentication, through the gateway', () => {
  const e2e = useTestFleet({
    namespace,
    database: 'platter_e2e_security_revocation',
    gatewayPort: 11000,
    serviceEnv: {
      gateway: {
        RATE_LIMIT_LOGIN_PER_MIN: '1000',
        RATE_LIMIT_REGISTER_PER_MIN: '1000',
        RATE_LIMIT_DEFAULT_PER_MIN: '1000',
        RATE_LIMIT_GUEST_PER_MIN: '1000',
        RATE_LIMIT_PASSWORD_RESET_PER_MIN: '1000',
        RATE_LIMIT_AUTH_FAILURE_PER_MIN: String(AUTH_FAILURES_PER_MIN),
      },
    },
  });
  let gw: string;
  let tap: EventTap;

  beforeAll(async () => {
    gw = e2e.gateway();
    tap = await EventTap.open(namespace, ['user.password-reset-requested']);
  });
  afterAll(() => tap?.close());

  const adminToken = async () => (await api(gw, 'POST', '/auth/login', { body: E2E_ADMIN, headers: fromIp('10.9.0.1') })).body.data.tokens.access_token as string;

  async function registered(label: string, ip: string) {
    const credentials = { email: `${label}-${run}@example.cm`, password: `${label}-password-1` };
    const res = await api(gw, 'POST', '/auth/register', { body: { ...credentials, name: 'Awa Ngono' }, headers: fromIp(ip) });
    expect(res.status).toBe(201);
    return { credentials, id: res.body.data.user.id as string, token: res.body.data.tokens.access_token as string };
  }

  it("suspending an account stops its access tokens on the next request, on every service's routes", async () => {
    const ip = '10.9.1.1';
    const user = await registered('suspended', ip);
    expect((await api(gw, 'GET', '/client/orders', { token: user.token, headers: fromIp(ip) })).status).toBe(200);

    const suspended = await api(gw, 'PUT', `/admin/users/${user.id}/status`, { token: await adminToken(), body: { status: 'suspended', reason: 'fraud' } });
    expect(suspended.status).toBe(200);
    // Ordering never reads the account's status: only the revocation list can stop this token there.
    expect(revoked(await api(gw, 'GET', '/client/orders', { token: user.token, headers: fromIp(ip) }))).toEqual(REVOKED);
    expect(revoked(await api(gw, 'GET', '/users/me', { token: user.token, headers: fromIp(ip) }))).toEqual(REVOKED);

    // Reactivated, the owner signs in again and the new token works.
    expect((await api(gw, 'PUT', `/admin/users/${user.id}/status`, { token: await adminToken(), body: { status: 'active' } })).status).toBe(200);
    const login = await api(gw, 'POST', '/auth/login', { body: user.credentials, headers: fromIp(ip) });
    expect(login.status).toBe(200);
    expect((await api(gw, 'GET', '/client/orders', { token: login.body.data.tokens.access_token, headers: fromIp(ip) })).status).toBe(200);
  });

  it('a password reset stops every access token issued before it', async () => {
    const ip = '10.9.2.1';
    const user = await registered('reset', ip);
    const otherDevice = (await api(gw, 'POST', '/auth/login', { body: user.credentials, headers: fromIp(ip) })).body.data.tokens.access_token as string;
    expect((await api(gw, 'GET', '/client/orders', { token: otherDevice, headers: fromIp(ip) })).status).toBe(200);

    expect((await api(gw, 'POST', '/auth/forgot-password', { body: { email: user.credentials.email }, headers: fromIp(ip) })).status).toBe(200);
    const { token } = await tap.next<AccountEmailTokenIssued>('user.password-reset-requested', (e) => e.email === user.credentials.email, { timeoutMs: 15_000 });
    expect((await api(gw, 'POST', '/auth/reset-password', { body: { token, password: 'a brand new passphrase' }, headers: fromIp(ip) })).status).toBe(200);

    for (const old of [user.token, otherDevice]) expect(revoked(await api(gw, 'GET', '/client/orders', { token: old, headers: fromIp(ip) }))).toEqual(REVOKED);
  });

  it('refuses garbage bearer tokens with 401 up to the per-IP failure limit, then 429; valid tokens from that IP still work', async () => {
    const ip = '10.9.3.1';
    const user = await registered('garbage', ip);
    for (let i = 0; i < AUTH_FAILURES_PER_MIN; i++) {
      const res = await api(gw, 'GET', '/client/orders', { token: `garbage.token.${i}`, headers: fromIp(ip) });
      expect(res.body.error?.code).toBe('INVALID_TOKEN');
    }
    const limited = await api(gw, 'GET', '/client/orders', { token: 'garbage.token.last', headers: fromIp(ip) });
    expect(limited.status).toBe(429);
    expect(limited.body.error?.code).toBe('RATE_LIMIT_EXCEEDED');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);

    expect((await api(gw, 'GET', '/client/orders', { token: user.token, headers: fromIp(ip) })).status).toBe(200);
    // Another client's first failure is still a plain 401.
    expect((await api(gw, 'GET', '/client/orders', { token: 'garbage', headers: fromIp('10.9.3.2') })).status).toBe(401);
  });

  it('counts wrong passwords toward the same limit: past it, that IP cannot even try the right one', async () => {
    const ip = '10.9.4.1';
    const user = await registered('guessed', '10.9.4.9');
    // One wrong password per guess; the account lock (5 in a row) is not reached below the IP's limit.
    for (let i = 0; i < AUTH_FAILURES_PER_MIN; i++) {
      const res = await api(gw, 'POST', '/auth/login', { body: { email: user.credentials.email, password: `wrong-guess-${i}` }, headers: fromIp(ip) });
      expect(res.body.error?.code).toBe('INVALID_CREDENTIALS');
    }
    const refused = await api(gw, 'POST', '/auth/login', { body: user.credentials, headers: fromIp(ip) });
    expect(refused.status).toBe(429);
    expect((await api(gw, 'POST', '/auth/login', { body: user.credentials, headers: fromIp('10.9.4.9') })).status).toBe(200);
  });

  it('does not count stale refresh tokens: an app retrying them neither gets 429 nor locks its IP out of signing in', async () => {
    const ip = '10.9.5.1';
    const user = await registered('stale-refresh', ip);
    const first = (await api(gw, 'POST', '/auth/login', { body: user.credentials, headers: fromIp(ip) })).body.data.tokens.refresh_token as string;
    // Rotated once: the first token is now stale (and presenting it again ends its family), as after a second tab refreshed.
    expect((await api(gw, 'POST', '/auth/refresh', { body: { refresh_token: first }, headers: fromIp(ip) })).status).toBe(200);
    const stale = [first, ...Array.from({ length: AUTH_FAILURES_PER_MIN + 1 }, (_, i) => `long-gone-refresh-token-${run}-${i}`)];
    for (const refresh_token of stale) {
      const res = await api(gw, 'POST', '/auth/refresh', { body: { refresh_token }, headers: fromIp(ip) });
      expect([res.status, res.body.error?.code]).toEqual([401, 'INVALID_TOKEN']);
    }
    const login = await api(gw, 'POST', '/auth/login', { body: user.credentials, headers: fromIp(ip) });
    expect(login.status).toBe(200);
  });
});
