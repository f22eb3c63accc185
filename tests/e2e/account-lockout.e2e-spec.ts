import { ApiResponse, api } from './support/http-client';
import { E2E_ADMIN, useTestFleet } from './support/test-fleet';

const run = Date.now().toString(36);

/** What a client sees of a refusal, without the per-request id and time. */
const answer = ({ status, body }: ApiResponse) => {
  const { requestId, timestamp, ...rest } = body;
  expect([typeof requestId, typeof timestamp]).toEqual(['string', 'string']);
  return { status, body: rest };
};

describe('account lockout and password policy through the gateway', () => {
  const e2e = useTestFleet({ namespace: `e2elock${run}`, database: 'platter_e2e_lockout', gatewayPort: 5000, env: { RATE_LIMITS_ENABLED: 'false' } });
  let gw: string;
  beforeAll(() => {
    gw = e2e.gateway();
  });

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
