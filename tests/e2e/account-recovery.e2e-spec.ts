import type { AccountEmailTokenIssued } from '@platter/contracts';
import { ApiResponse, api, counterValue, eventually } from './support/http-client';
import { EventTap } from './support/event-tap';
import { useTestFleet } from './support/test-fleet';

const run = Date.now().toString(36);
const namespace = `e2erecov${run}`;
const PASSWORD_RESET_PER_MIN = 10;

/** What identity publishes for an emailed link. */
type TokenEvent = AccountEmailTokenIssued;

/** What a client sees, without the per-request id and time. */
const answer = ({ status, body }: ApiResponse) => {
  const { requestId, timestamp, ...rest } = body;
  expect(typeof timestamp).toBe('string');
  expect(['string', 'undefined']).toContain(typeof requestId);
  return { status, body: rest };
};

const invalidLink = {
  status: 400,
  body: { success: false, error: { code: 'INVALID_ONE_TIME_TOKEN', message: 'This link is invalid, expired or already used; ask for a new one' } },
};

describe('password reset and email verification through the gateway', () => {
  // Rate limits on, with room for the flows, so the forgot-password policy itself can be checked.
  const e2e = useTestFleet({
    namespace,
    database: 'platter_e2e_account_recovery',
    gatewayPort: 5200,
    serviceEnv: {
      gateway: {
        RATE_LIMIT_LOGIN_PER_MIN: '1000',
        RATE_LIMIT_REGISTER_PER_MIN: '1000',
        RATE_LIMIT_DEFAULT_PER_MIN: '1000',
        RATE_LIMIT_GUEST_PER_MIN: '1000',
        RATE_LIMIT_PASSWORD_RESET_PER_MIN: String(PASSWORD_RESET_PER_MIN),
      },
    },
  });
  let tap: EventTap;
  let gw: string;

  beforeAll(async () => {
    gw = e2e.gateway();
    tap = await EventTap.open(namespace, ['user.email-verification-requested', 'user.password-reset-requested']);
  });

  afterAll(() => tap?.close());

  it('emails a verification link at sign-up; the link verifies the email once', async () => {
    const email = `vera-${run}@example.cm`;
    const registered = await api(gw, 'POST', '/auth/register', { body: { email, password: 'verify-password-1', name: 'Vera Mbida' } });
    expect(registered.status).toBe(201);
    const access = registered.body.data.tokens.access_token as string;
    expect(registered.body.data.user.email_verified).toBe(false);

    const event = await tap.next<TokenEvent>('user.email-verification-requested', (e) => e.email === email, { timeoutMs: 15_000 });
    expect(event).toEqual({ user_id: registered.body.data.user.id, email, name: 'Vera Mbida', token: expect.stringMatching(/^[\w-]{43}$/), expires_at: expect.any(String) });

    const verified = answer(await api(gw, 'POST', '/auth/verify-email', { body: { token: event.token } }));
    expect(verified).toEqual({ status: 200, body: { success: true, data: { email_verified: true }, message: 'Email verified' } });
    expect((await api(gw, 'GET', '/users/me', { token: access })).body.data.email_verified).toBe(true);

    expect(answer(await api(gw, 'POST', '/auth/verify-email', { body: { token: event.token } }))).toEqual(invalidLink);
    expect(answer(await api(gw, 'POST', '/auth/verify-email', { body: { token: 'made-up' } }))).toEqual(invalidLink);
    const again = await api(gw, 'POST', '/auth/verify-email/resend', { token: access });
    expect([again.status, again.body.error?.code]).toEqual([422, 'EMAIL_ALREADY_VERIFIED']);
  });

  it('resends a verification link that replaces the earlier one (signed-in users only)', async () => {
    const email = `resend-${run}@example.cm`;
    const registered = await api(gw, 'POST', '/auth/register', { body: { email, password: 'resend-password-1', name: 'Resa' } });
    const access = registered.body.data.tokens.access_token as string;
    const first = await tap.next<TokenEvent>('user.email-verification-requested', (e) => e.email === email, { timeoutMs: 15_000 });

    expect((await api(gw, 'POST', '/auth/verify-email/resend')).status).toBe(401);
    const resent = await api(gw, 'POST', '/auth/verify-email/resend', { token: access });
    expect(resent.status).toBe(200);
    const second = await tap.next<TokenEvent>('user.email-verification-requested', (e) => e.email === email, { nth: 2, timeoutMs: 15_000 });
    expect(resent.body.data).toEqual({ expires_at: second.expires_at });
    expect(second.token).not.toBe(first.token);

    expect(answer(await api(gw, 'POST', '/auth/verify-email', { body: { token: first.token } }))).toEqual(invalidLink);
    expect((await api(gw, 'POST', '/auth/verify-email', { body: { token: second.token } })).status).toBe(200);
  });

  it('lets a locked-out owner back in by password reset: old password and old sessions stop working', async () => {
    const email = `owner-${run}@example.cm`;
    const oldPassword = 'owner-password-1';
    const newPassword = 'a fresh owner passphrase';
    const registered = await api(gw, 'POST', '/auth/register', { body: { email, password: oldPassword, name: 'Owen', role: 'restaurant_owner' } });
    expect(registered.status).toBe(201);
    const oldRefresh = registered.body.data.tokens.refresh_token as string;

    for (let i = 1; i <= 5; i++) await api(gw, 'POST', '/auth/login', { body: { email, password: `wrong-password-${i}` } });
    expect((await api(gw, 'POST', '/auth/login', { body: { email, password: oldPassword } })).body.error?.code).toBe('INVALID_CREDENTIALS');

    // Known and unknown emails get the same answer.
    const known = answer(await api(gw, 'POST', '/auth/forgot-password', { body: { email } }));
    const unknown = answer(await api(gw, 'POST', '/auth/forgot-password', { body: { email: `nobody-${run}@example.cm` } }));
    expect(known).toEqual({
      status: 200,
      body: { success: true, data: { requested: true }, message: 'If an account uses this email, a reset link has been sent to it' },
    });
    expect(unknown).toEqual(known);
    const { token } = await tap.next<TokenEvent>('user.password-reset-requested', (e) => e.email === email, { timeoutMs: 15_000 });
    expect(tap.all<TokenEvent>('user.password-reset-requested').filter((e) => e.email === `nobody-${run}@example.cm`)).toEqual([]);

    // The sign-up policy applies, and a refused password leaves the link usable.
    const weak = await api(gw, 'POST', '/auth/reset-password', { body: { token, password: 'Password123!' } });
    expect([weak.status, weak.body.error?.code, weak.body.error?.details?.[0]?.field]).toEqual([400, 'VALIDATION_ERROR', 'password']);

    const reset = answer(await api(gw, 'POST', '/auth/reset-password', { body: { token, password: newPassword } }));
    expect(reset).toEqual({ status: 200, body: { success: true, data: { password_reset: true }, message: 'Password changed; log in with the new password' } });

    const loggedIn = await api(gw, 'POST', '/auth/login', { body: { email, password: newPassword } });
    expect(loggedIn.status).toBe(200);
    expect(loggedIn.body.data.user.email_verified).toBe(true);
    const stale = await api(gw, 'POST', '/auth/refresh', { body: { refresh_token: oldRefresh } });
    expect([stale.status, stale.body.error?.code]).toEqual([401, 'INVALID_TOKEN']);
    const oldLogin = await api(gw, 'POST', '/auth/login', { body: { email, password: oldPassword } });
    expect([oldLogin.status, oldLogin.body.error?.code]).toEqual([401, 'INVALID_CREDENTIALS']);
    expect(answer(await api(gw, 'POST', '/auth/reset-password', { body: { token, password: 'one more owner passphrase' } }))).toEqual(invalidLink);
  });

  it('has notifications take both kinds of link events (the queued emails have no gateway route to read them by)', async () => {
    const handled = (handler: string) =>
      counterValue(`http://127.0.0.1:${e2e.fleet.portOf('notifications')}/metrics`, 'messages_total', { handler, outcome: 'handled' });
    await eventually(() => handled('user.password-reset-requested'), (n) => n >= 1);
    await eventually(() => handled('user.email-verification-requested'), (n) => n >= 4);
  });

  it('limits forgot-password per IP with its own policy', async () => {
    let refused: ApiResponse | undefined;
    // One more than the limit, in case the window began earlier in this file and rolled over meanwhile.
    for (let i = 0; i <= PASSWORD_RESET_PER_MIN && !refused; i++) {
      const res = await api(gw, 'POST', '/auth/forgot-password', { body: { email: `flood-${i}-${run}@example.cm` } });
      if (res.status === 429) refused = res;
      else expect(res.status).toBe(200);
    }
    expect(refused?.body.error?.code).toBe('RATE_LIMIT_EXCEEDED');
    expect(refused?.headers.get('x-ratelimit-limit')).toBe(String(PASSWORD_RESET_PER_MIN));
  });
});
