import type { Client } from 'pg';
import { ApiResponse, api, eventually } from './support/http-client';
import { openDatabase } from './support/invariants';
import { E2E_ADMIN, useTestFleet } from './support/test-fleet';

const run = Date.now().toString(36);

/** What a client sees of a refusal, without the per-request id and time. */
const answer = ({ status, body }: ApiResponse) => {
  const { requestId, timestamp, ...rest } = body;
  expect([typeof requestId, typeof timestamp]).toEqual(['string', 'string']);
  return { status, body: rest };
};

describe('account lockout and password policy through the gateway', () => {
  const database = 'platter_e2e_lockout';
  const e2e = useTestFleet({ namespace: `e2elock${run}`, database, gatewayPort: 5000, env: { RATE_LIMITS_ENABLED: 'false' } });
  let gw: string;
  /** The fleet's database as superuser: the queued emails have no gateway route to read them by. */
  let db: Client;
  beforeAll(async () => {
    gw = e2e.gateway();
    db = await openDatabase(database);
  });
  afterAll(() => db?.end());

  it('locks after 5 wrong passwords without telling anyone, and an admin re-activation unlocks', async () => {
    const credentials = { email: `locked-${run}@example.cm`, password: 'customer-password-1' };
    const registered = await api(gw, 'POST', '/auth/register', { body: { ...credentials, name: 'Awa Ngono' } });
    expect(registered.status).toBe(201);
    const userId = registered.body.data.user.id as string;

    const wrongPassword = answer(await api(gw, 'POST', '/auth/login', { body: { ...credentials, password: 'wrong-password-1' } }));
    expect(wrongPassword).toEqual({ status: 401, body: { success: false, error: { code: 'INVALID_CREDENTIALS', message: 'Invalid email or password' } } });
    for (let i = 2; i <= 5; i++) {
      expect(answer(await api(gw, 'POST', '/auth/login', { body: { ...credentials, password: `wrong-password-${i}` } }))).toEqual(wrongPassword);
    }

    // Locked: the right password, and an email nobody registered, get exactly the wrong password's answer.
    expect(answer(await api(gw, 'POST', '/auth/login', { body: credentials }))).toEqual(wrongPassword);
    expect(answer(await api(gw, 'POST', '/auth/login', { body: { email: `nobody-${run}@example.cm`, password: credentials.password } }))).toEqual(wrongPassword);

    const admin = (await api(gw, 'POST', '/auth/login', { body: E2E_ADMIN })).body.data.tokens.access_token as string;
    const unlocked = await api(gw, 'PUT', `/admin/users/${userId}/status`, { token: admin, body: { status: 'active', reason: 'identity checked by phone' } });
    expect(unlocked.status).toBe(200);
    expect(unlocked.body.data).toMatchObject({ id: userId, status: 'active' });

    const back = await api(gw, 'POST', '/auth/login', { body: credentials });
    expect(back.status).toBe(200);
    expect(back.body.data.user.id).toBe(userId);
  });

  it('emails the locked-out owner one unlock link, whose token lets the right password back in', async () => {
    const credentials = { email: `unlock-${run}@example.cm`, password: 'customer-password-2' };
    const registered = await api(gw, 'POST', '/auth/register', { body: { ...credentials, name: 'Una Biya' } });
    expect(registered.status).toBe(201);
    const userId = registered.body.data.user.id as string;
    // The gateway trusts X-Forwarded-For from loopback: two addresses guessing, each locked in turn.
    const from = (ip: string) => ({ 'x-forwarded-for': ip });
    for (const ip of ['203.0.113.9', '203.0.113.10']) {
      for (let i = 1; i <= 5; i++) await api(gw, 'POST', '/auth/login', { body: { ...credentials, password: `wrong-password-${i}` }, headers: from(ip) });
      const locked = await api(gw, 'POST', '/auth/login', { body: credentials, headers: from(ip) });
      expect([locked.status, locked.body.error?.code]).toEqual([401, 'INVALID_CREDENTIALS']);
    }

    const emailsOf = async () =>
      (await db.query(`SELECT content FROM notifications.notification_logs WHERE recipient = $1 AND template = 'account_unlock'`, [credentials.email])).rows as { content: string }[];
    const [email] = await eventually(emailsOf, (rows) => rows.length > 0);
    const link = /(http:\/\/localhost:3000\/unlock-account\?token=([\w-]{43}))/.exec(email.content);
    expect(link).not.toBeNull();
    const token = link![2];
    // The second address's lock issued no second link (issuing one would have voided the first).
    const tokens = await db.query(`SELECT used_at FROM identity.one_time_tokens WHERE user_id = $1 AND purpose = 'account_unlock'`, [userId]);
    expect(tokens.rows).toEqual([{ used_at: null }]);

    const unlocked = await api(gw, 'POST', '/auth/unlock', { body: { token } });
    expect([unlocked.status, unlocked.body.success, unlocked.body.data, unlocked.body.message]).toEqual([200, true, { unlocked: true }, 'Account unlocked; log in with your password']);
    const back = await api(gw, 'POST', '/auth/login', { body: credentials, headers: from('203.0.113.9') });
    expect(back.status).toBe(200);
    expect(back.body.data.user.id).toBe(userId);

    const again = answer(await api(gw, 'POST', '/auth/unlock', { body: { token } }));
    expect([again.status, again.body.error?.code]).toEqual([400, 'INVALID_ONE_TIME_TOKEN']);
    expect(await emailsOf()).toHaveLength(1);
  });

  it('refuses a weak password at sign-up with a password detail', async () => {
    for (const password of ['Password123!', 'onlylowercase', `weak-${run}`]) {
      const email = password.startsWith('weak-') ? `${password}@example.cm` : `weak-${run}@example.cm`;
      const res = await api(gw, 'POST', '/auth/register', { body: { email, password, name: 'Weak' } });
      expect([password, res.status, res.body.error?.code]).toEqual([password, 400, 'VALIDATION_ERROR']);
      expect(res.body.error?.details).toEqual([expect.objectContaining({ field: 'password' })]);
    }
    const strong = await api(gw, 'POST', '/auth/register', { body: { email: `weak-${run}@example.cm`, password: 'platter-demo', name: 'Strong' } });
    expect(strong.status).toBe(201);
  });
});
