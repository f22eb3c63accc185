import { decodeProtectedHeader } from 'jose';
import { Socket } from 'socket.io-client';
import { api, counterValue, eventually } from './support/http-client';
import { EventTap } from './support/event-tap';
import { SocketClients } from './support/socket-clients';
import { E2E_ADMIN, useTestFleet } from './support/test-fleet';
import { totpCode } from './support/totp';

const run = Date.now().toString(36);
const namespace = `e2esec${run}`;
/** Short-lived access tokens (allowed outside production) so a socket can be watched expiring. */
const ACCESS_TOKEN_TTL_SECONDS = 10;

const kidOf = (token: string) => decodeProtectedHeader(token).kid;

describe('security hardening through the gateway', () => {
  const e2e = useTestFleet({
    namespace,
    database: 'platter_e2e_security',
    // 6000 (the assigned port) is X11's, which fetch refuses to connect to; services take 6102-6109.
    gatewayPort: 6001,
    env: { RATE_LIMITS_ENABLED: 'false' },
    serviceEnv: { identity: { ACCESS_TOKEN_TTL_SECONDS: String(ACCESS_TOKEN_TTL_SECONDS) } },
  });
  let gw: string;
  const sockets = new SocketClients();

  beforeAll(() => {
    gw = e2e.gateway();
  });
  afterAll(() => sockets.closeAll());

  const adminToken = async () => (await api(gw, 'POST', '/auth/login', { body: E2E_ADMIN })).body.data.tokens.access_token as string;

  async function registered(label: string) {
    const credentials = { email: `${label}-${run}@example.cm`, password: `${label}-password-1` };
    const res = await api(gw, 'POST', '/auth/register', { body: { ...credentials, name: 'Awa Ngono' } });
    expect(res.status).toBe(201);
    return { credentials, user: res.body.data.user as { id: string }, tokens: res.body.data.tokens as { access_token: string; refresh_token: string } };
  }

  const connect = (token: string): Promise<Socket> => sockets.connect(gw, token);

  /** The event the server sends before it ends the connection, and the client's disconnect reason. */
  function endOf(socket: Socket, event: string, timeoutMs: number): Promise<{ payload: unknown; reason: string; at: number }> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${event} within ${timeoutMs} ms`)), timeoutMs);
      let payload: unknown;
      socket.once(event, (p: unknown) => (payload = p));
      socket.once('disconnect', (reason) => {
        clearTimeout(timer);
        resolve({ payload, reason, at: Date.now() });
      });
    });
  }

  it('rotates the signing key without logging anyone out; only admins may', async () => {
    const before = await registered('rotation');
    const oldKid = kidOf(before.tokens.access_token);
    // The gateway has the old key set cached from here on.
    expect((await api(gw, 'GET', '/users/me', { token: before.tokens.access_token })).status).toBe(200);

    expect((await api(gw, 'POST', '/admin/signing-keys/rotate', { token: before.tokens.access_token })).status).toBe(403);
    const rotated = await api(gw, 'POST', '/admin/signing-keys/rotate', { token: await adminToken() });
    expect(rotated.status).toBe(200);
    expect(rotated.body.data).toMatchObject({ kid: expect.any(String), previous_kid: oldKid, previous_published_until: expect.any(String) });
    const newKid = rotated.body.data.kid as string;
    expect(newKid).not.toBe(oldKid);

    // Issued before the rotation: still accepted.
    expect((await api(gw, 'GET', '/users/me', { token: before.tokens.access_token })).status).toBe(200);
    const jwks = (await (await fetch(`${gw}/.well-known/jwks.json`)).json()) as { keys: { kid: string }[] };
    expect(jwks.keys.map((k) => k.kid).sort()).toEqual([oldKid, newKid].sort());

    // Issued after: the new kid, accepted by a gateway that cached the old key set minutes ago.
    const login = await api(gw, 'POST', '/auth/login', { body: before.credentials });
    expect(kidOf(login.body.data.tokens.access_token)).toBe(newKid);
    const me = await api(gw, 'GET', '/users/me', { token: login.body.data.tokens.access_token });
    expect(me.status).toBe(200);
    expect(me.body.data.id).toBe(before.user.id);

    // Refresh tokens are opaque: the one issued before the rotation still trades for a new-key pair.
    const refreshed = await api(gw, 'POST', '/auth/refresh', { body: { refresh_token: before.tokens.refresh_token } });
    expect(refreshed.status).toBe(200);
    expect(kidOf(refreshed.body.data.tokens.access_token)).toBe(newKid);
  });

  it('answers a reused refresh token with 401 and tells the account holder (user.security-alert)', async () => {
    const tap = await EventTap.open(namespace, ['user.security-alert']);
    try {
      const victim = await registered('reuse');
      const first = await api(gw, 'POST', '/auth/refresh', { body: { refresh_token: victim.tokens.refresh_token } });
      expect(first.status).toBe(200);
      const reused = await api(gw, 'POST', '/auth/refresh', { body: { refresh_token: victim.tokens.refresh_token }, headers: { 'user-agent': 'stolen-token-client/1.0' } });
      expect(reused.status).toBe(401);
      expect(reused.body.error?.code).toBe('INVALID_TOKEN');
      // The family is gone: the newer token fails too.
      expect((await api(gw, 'POST', '/auth/refresh', { body: { refresh_token: first.body.data.tokens.refresh_token } })).status).toBe(401);

      const alert = await tap.next<{ user_id: string }>('user.security-alert', (a) => a.user_id === victim.user.id);
      expect(alert).toEqual({
        user_id: victim.user.id,
        email: victim.credentials.email,
        name: 'Awa Ngono',
        kind: 'refresh_token_reuse',
        occurred_at: expect.any(String),
        ip: expect.any(String),
        user_agent: 'stolen-token-client/1.0',
      });
      // Notifications took it (and queued the email to the holder).
      const handled = () =>
        counterValue(`http://127.0.0.1:${e2e.fleet.portOf('notifications')}/metrics`, 'messages_total', { handler: 'user.security-alert', outcome: 'handled' });
      await eventually(handled, (n) => n >= 1);
    } finally {
      await tap.close();
    }
  });

  it('locks the account after five wrong TOTP codes behind the right password', async () => {
    const user = await registered('totp-lock');
    const token = user.tokens.access_token;
    const { secret } = (await api(gw, 'POST', '/auth/2fa/setup', { token })).body.data as { secret: string };
    // A code well inside its step, so the step before is not needed.
    if (Date.now() % 30_000 > 28_000) await new Promise((r) => setTimeout(r, 2_500));
    expect((await api(gw, 'POST', '/auth/2fa/verify', { token, body: { code: totpCode(secret) } })).status).toBe(200);

    const window = [-1, 0, 1, 2].map((offset) => totpCode(secret, offset));
    const wrong = ['000000', '111111', '222222', '333333', '444444'].find((c) => !window.includes(c))!;
    for (let attempt = 1; attempt <= 5; attempt++) {
      const res = await api(gw, 'POST', '/auth/login', { body: { ...user.credentials, totp_code: wrong } });
      expect([res.status, res.body.error?.code]).toEqual([401, 'INVALID_TOTP']);
    }
    // Locked: the right password and the next code get a wrong password's answer.
    const locked = await api(gw, 'POST', '/auth/login', { body: { ...user.credentials, totp_code: totpCode(secret, 1) } });
    expect([locked.status, locked.body.error?.code]).toEqual([401, 'INVALID_CREDENTIALS']);
  });

  it('ends a socket when its access token expires, after saying so; a new token connects again', async () => {
    const user = await registered('socket');
    const login = await api(gw, 'POST', '/auth/login', { body: user.credentials });
    const { access_token, refresh_token } = login.body.data.tokens as { access_token: string; refresh_token: string };
    const exp = (JSON.parse(Buffer.from(access_token.split('.')[1], 'base64url').toString()) as { exp: number }).exp * 1000;

    const socket = await connect(access_token);
    const end = await endOf(socket, 'auth_expired', (ACCESS_TOKEN_TTL_SECONDS + 5) * 1000);
    expect(end.payload).toMatchObject({ code: 'INVALID_TOKEN' });
    expect(end.reason).toBe('io server disconnect');
    expect(end.at).toBeGreaterThanOrEqual(exp - 50);
    expect(end.at).toBeLessThan(exp + 2_000);

    await expect(connect(access_token)).rejects.toMatchObject({ data: { code: 'INVALID_TOKEN' } });
    // Over HTTP too, an expired token is refused and says why.
    const expired = await api(gw, 'GET', '/users/me', { token: access_token });
    expect([expired.status, expired.body.error?.code, expired.body.error?.message]).toEqual([401, 'INVALID_TOKEN', 'Access token has expired']);
    const refreshed = await api(gw, 'POST', '/auth/refresh', { body: { refresh_token } });
    const again = await connect(refreshed.body.data.tokens.access_token);
    expect(again.connected).toBe(true);
  });

  it('ends the sockets of an account an admin suspends', async () => {
    const user = await registered('suspended');
    const socket = await connect(user.tokens.access_token);
    const end = endOf(socket, 'auth_revoked', 5_000);
    const suspended = await api(gw, 'PUT', `/admin/users/${user.user.id}/status`, { token: await adminToken(), body: { status: 'suspended', reason: 'chargeback fraud' } });
    expect(suspended.status).toBe(200);
    expect(await end).toMatchObject({ payload: { code: 'FORBIDDEN' }, reason: 'io server disconnect' });
  });

  it('sends the security headers (HTTPS only, no sniffing, no framing, same-origin content) on a 200, a 401 and a 404, and the docs page still loads', async () => {
    const seed = {
      'strict-transport-security': 'max-age=31536000; includeSubDomains',
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'x-xss-protection': '1; mode=block',
      'content-security-policy': "default-src 'self'",
    };
    const responses = [await fetch(`${gw}/health/live`), await fetch(`${gw}/api/v1/users/me`), await fetch(`${gw}/api/v1/no-such-route`)];
    expect(responses.map((r) => r.status)).toEqual([200, 401, 404]);
    for (const res of responses) {
      for (const [name, value] of Object.entries(seed)) expect([name, res.headers.get(name)]).toEqual([name, value]);
    }

    const docs = await fetch(`${gw}/api/docs`);
    expect(docs.status).toBe(200);
    expect(docs.headers.get('content-security-policy')).toMatch(/style-src 'self' 'unsafe-inline'/);
    expect(docs.headers.get('x-frame-options')).toBe('DENY');
    const html = await docs.text();
    const scripts = [...html.matchAll(/<script src="([^"]+)"/g)].map((m) => m[1]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const src of scripts) expect((await fetch(new URL(src, `${gw}/api/docs/`))).status).toBe(200);
  });

  it('keeps metrics and detailed health off the public port (404 there, a status only at /health) and serves them on the ops port', async () => {
    const unknown = await fetch(`${gw}/no-such-route`);
    const unknownBody = (await unknown.json()) as Record<string, unknown>;
    for (const path of ['/metrics', '/health/ready']) {
      const res = await fetch(`${gw}${path}`);
      const text = await res.text();
      expect([path, res.status]).toEqual([path, 404]);
      const body = JSON.parse(text) as { success: boolean; error: { code: string } };
      expect([body.success, body.error.code]).toEqual([false, 'NOT_FOUND']);
      expect(Object.keys(body).sort()).toEqual(Object.keys(unknownBody).sort());
      expect(text).not.toMatch(/http_request_duration_seconds|broker_hooks|process_/);
    }
    const publicHealth = await fetch(`${gw}/health`);
    expect([publicHealth.status, await publicHealth.json()]).toEqual([200, { status: 'healthy', timestamp: expect.any(String) }]);
    const apiHealth = await api(gw, 'GET', '/health');
    expect([apiHealth.status, apiHealth.body.data]).toEqual([200, { status: 'healthy', timestamp: expect.any(String) }]);

    const ops = e2e.fleet.gatewayOpsUrls[0];
    const metrics = await fetch(`${ops}/metrics`);
    expect(metrics.status).toBe(200);
    expect(await metrics.text()).toMatch(/http_request_duration_seconds_count\{[^}]*route="\/health"/);
    const ready = await fetch(`${ops}/health/ready`);
    expect(ready.status).toBe(200);
    expect(((await ready.json()) as { details: Record<string, unknown> }).details).toHaveProperty('broker_hooks');
    const fleetHealth = await fetch(`${ops}/health`);
    expect(fleetHealth.status).toBe(200);
    const report = (await fleetHealth.json()) as { status: string; services: Record<string, { status: string }> };
    expect(report.status).toBe('healthy');
    expect(Object.keys(report.services).sort()).toEqual(['catalog', 'dispatch', 'identity', 'kitchen', 'marketing', 'notifications', 'ordering', 'payments']);
    // The ops port serves nothing of the API.
    expect((await fetch(`${ops}/api/v1/public/restaurants`)).status).toBe(404);

    // Admins see the detailed report through the API; no one else does.
    const customer = await registered('health');
    expect((await api(gw, 'GET', '/admin/system/health', { token: customer.tokens.access_token })).status).toBe(403);
    const system = await api(gw, 'GET', '/admin/system/health', { token: await adminToken() });
    expect(system.status).toBe(200);
    expect(system.body.data).toMatchObject({ status: 'healthy', services: { identity: { status: 'up' }, kitchen: { status: 'up' } } });
  });
});
