import { EventTap } from './support/event-tap';
import { api } from './support/http-client';
import { useTestFleet } from './support/test-fleet';

const run = Date.now().toString(36);
const namespace = `e2eotp${run}`;
// A number of its own per run, so reruns against one Redis do not share the per-phone limit.
const phone = `+23767${String(Date.now()).slice(-7)}`;

/** Phone sign-in: a code texted to the account's phone signs it in; 3 requests a minute per phone. */
describe('sign-in with a texted code, through the gateway with rate limits on', () => {
  // One text per account per second instead of per minute, so the test need not wait a minute.
  const e2e = useTestFleet({ namespace, database: 'platter_e2e_otp', gatewayPort: 6400, serviceEnv: { identity: { PHONE_CODE_COOLDOWN_SECONDS: '1' } } });
  let gw: string;
  let tap: EventTap;

  beforeAll(async () => {
    gw = e2e.gateway();
    tap = await EventTap.open(namespace, ['user.phone-otp-requested']);
  });

  afterAll(() => tap?.close());

  it('proves the phone with a texted code, then texts codes that sign the account in once; an unknown number gets the same answer', async () => {
    const registered = await api(gw, 'POST', '/auth/register', { body: { email: `sms-${run}@example.cm`, password: 'texted-code-pass', name: 'Sms', phone } });
    expect(registered.status).toBe(201);
    const token = registered.body.data.tokens.access_token as string;

    // Not proved yet: a sign-in code request texts nothing.
    expect((await api(gw, 'POST', '/auth/otp/request', { body: { phone } })).status).toBe(200);
    expect((await api(gw, 'POST', '/users/me/phone/verification', { token })).status).toBe(200);
    const proof = await tap.next<{ phone: string; code: string }>('user.phone-otp-requested', (e) => e.phone === phone);
    expect(tap.all('user.phone-otp-requested')).toHaveLength(1);
    const verified = await api(gw, 'POST', '/users/me/phone/verify', { token, body: { code: proof.code } });
    expect([verified.status, verified.body.data?.phone_verified]).toEqual([200, true]);
    await new Promise((r) => setTimeout(r, 1100)); // the per-account cooldown (1 s here, a minute by default)

    const requested = await api(gw, 'POST', '/auth/otp/request', { body: { phone } });
    expect(requested.status).toBe(200);
    const { code } = await tap.next<{ phone: string; code: string }>('user.phone-otp-requested', (e) => e.phone === phone, { nth: 2 });
    expect(code).toMatch(/^\d{6}$/);

    const unknown = await api(gw, 'POST', '/auth/otp/request', { body: { phone: '+237699000111' } });
    expect([unknown.status, unknown.body.data, unknown.body.message]).toEqual([requested.status, requested.body.data, requested.body.message]);

    const wrong = await api(gw, 'POST', '/auth/otp/verify', { body: { phone, code: code === '000000' ? '000001' : '000000' } });
    expect([wrong.status, wrong.body.error?.code]).toEqual([401, 'INVALID_CREDENTIALS']);
    const signedIn = await api(gw, 'POST', '/auth/otp/verify', { body: { phone, code } });
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.data.user.id).toBe(registered.body.data.user.id);
    const me = await api(gw, 'GET', '/users/me', { token: signedIn.body.data.tokens.access_token });
    expect(me.body.data.phone).toBe(phone);
    const replay = await api(gw, 'POST', '/auth/otp/verify', { body: { phone, code } });
    expect(replay.status).toBe(401);

    const malformed = await api(gw, 'POST', '/auth/otp/verify', { body: { phone, code: '12ab' } });
    expect([malformed.status, malformed.body.error?.details?.[0]?.field]).toEqual([400, 'code']);
  });

  it('limits code requests to 3 a minute per phone number, with the 429 envelope and headers', async () => {
    const other = `+23769${String(Date.now()).slice(-7)}`;
    // Two requests were counted for this number by the test above (any spelling counts as the same number).
    expect((await api(gw, 'POST', '/auth/otp/request', { body: { phone: `00${phone.slice(1)}` } })).status).toBe(200);
    const limited = await api(gw, 'POST', '/auth/otp/request', { body: { phone } });
    expect([limited.status, limited.body.error?.code]).toEqual([429, 'RATE_LIMIT_EXCEEDED']);
    expect(limited.headers.get('x-ratelimit-limit')).toBe('3');
    expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
    // Another number from the same client is counted on its own.
    expect((await api(gw, 'POST', '/auth/otp/request', { body: { phone: other } })).status).toBe(200);
  });
});
