import { api, counterValue, eventually } from './support/http-client';
import { E2E_ADMIN, useTestFleet } from './support/test-fleet';

const run = Date.now().toString(36);

describe('profile updates, account erasure and the audit log through the gateway', () => {
  const e2e = useTestFleet({ namespace: `e2eacct${run}`, database: 'platter_e2e_account_data', gatewayPort: 5800, env: { RATE_LIMITS_ENABLED: 'false' } });
  let gw: string;
  beforeAll(() => {
    gw = e2e.gateway();
  });

  it('lets a user edit their profile, an admin erase them at once, and shows both in the audit log to admins only', async () => {
    const credentials = { email: `jane-${run}@example.cm`, password: 'customer-password' };
    const registered = await api(gw, 'POST', '/auth/register', { body: { ...credentials, name: 'Jane', phone: '+237670001122' } });
    expect(registered.status).toBe(201);
    const userId = registered.body.data.user.id as string;
    const { access_token: access, refresh_token: refresh } = registered.body.data.tokens as { access_token: string; refresh_token: string };

    // The profile body: full_name and preferences; the phone is normalised to E.164.
    const updated = await api(gw, 'PUT', '/users/me', { token: access, body: { full_name: 'Jane Doe', phone: '670 33 44 55', preferences: { theme: 'dark', notifications: true } } });
    expect(updated.status).toBe(200);
    expect(updated.body.data).toMatchObject({ id: userId, email: credentials.email, name: 'Jane Doe', phone: '+237670334455', preferences: { theme: 'dark', notifications: true } });
    const me = await api(gw, 'GET', '/users/me', { token: access });
    expect(me.body.data).toEqual(updated.body.data);
    // Email, password and role are not fields here; preferences are bounded.
    for (const body of [{ email: 'other@example.cm' }, { role: 'admin' }, { password: 'new-password-123' }]) {
      const refused = await api(gw, 'PUT', '/users/me', { token: access, body });
      expect([refused.status, refused.body.error?.code]).toEqual([400, 'VALIDATION_ERROR']);
    }
    const huge = await api(gw, 'PUT', '/users/me', { token: access, body: { preferences: { blob: 'x'.repeat(5000) } } });
    expect([huge.status, huge.body.error?.details?.[0]?.field]).toEqual([400, 'preferences']);
    expect((await api(gw, 'PUT', '/users/me', { body: { name: 'Nobody' } })).status).toBe(401);

    // Admin routes refuse a customer.
    expect((await api(gw, 'GET', '/admin/audit-log', { token: access })).status).toBe(403);
    const notAdmin = await api(gw, 'DELETE', `/admin/users/${userId}`, { token: access });
    expect([notAdmin.status, notAdmin.body.error?.code]).toEqual([403, 'FORBIDDEN']);

    const adminLogin = await api(gw, 'POST', '/auth/login', { body: E2E_ADMIN });
    const admin = adminLogin.body.data.tokens.access_token as string;
    const adminId = adminLogin.body.data.user.id as string;
    expect((await api(gw, 'DELETE', `/admin/users/${adminId}`, { token: admin })).status).toBe(422);
    const asStatus = await api(gw, 'PUT', `/admin/users/${userId}/status`, { token: admin, body: { status: 'deleted' } });
    expect([asStatus.status, asStatus.body.error?.details?.[0]?.field]).toEqual([400, 'status']);

    const erased = await api(gw, 'DELETE', `/admin/users/${userId}`, { token: admin });
    expect(erased.status).toBe(200);
    expect(erased.body.success).toBe(true);
    expect(erased.body.data).toMatchObject({ id: userId, status: 'deleted', name: 'Deleted user', phone: null, email: `deleted-${userId}@deleted.invalid` });
    // Their session ended with the erasure; their login is an unknown email now.
    const refreshed = await api(gw, 'POST', '/auth/refresh', { body: { refresh_token: refresh } });
    expect([refreshed.status, refreshed.body.error?.code]).toEqual([401, 'INVALID_TOKEN']);
    const login = await api(gw, 'POST', '/auth/login', { body: credentials });
    expect([login.status, login.body.error?.code]).toEqual([401, 'INVALID_CREDENTIALS']);
    // The erased account's access token is on the gateway's revocation list at once.
    const afterErasure = await api(gw, 'GET', '/users/me', { token: access });
    expect([afterErasure.status, afterErasure.body.error?.code]).toEqual([401, 'TOKEN_REVOKED']);
    // The erasure reaches marketing's CRM copy (checked row by row in marketing.medium-spec.ts).
    const marketingMetrics = `http://127.0.0.1:${e2e.fleet.portOf('marketing')}/metrics`;
    await eventually(() => counterValue(marketingMetrics, 'messages_total', { handler: 'user.deleted', outcome: 'handled' }), (n) => n >= 1);
    const listed = await api(gw, 'GET', '/admin/users?status=deleted', { token: admin });
    expect(listed.body.data.map((u: { id: string }) => u.id)).toEqual([userId]);

    const audit = await api(gw, 'GET', `/admin/audit-log?user_id=${userId}&limit=50`, { token: admin });
    expect(audit.status).toBe(200);
    const actions = audit.body.data.map((e: { action: string }) => e.action);
    expect(actions[0]).toBe('user.deleted');
    expect(actions).toEqual(expect.arrayContaining(['user.deleted', 'user.profile-updated', 'user.registered']));
    expect(audit.body.data[0]).toMatchObject({ actor_id: adminId, target: userId });
    expect(audit.body.pagination).toEqual({ page: 1, limit: 50, total: actions.length, totalPages: 1 });
    const profileUpdates = await api(gw, 'GET', `/admin/audit-log?user_id=${userId}&action=user.profile-updated`, { token: admin });
    expect(profileUpdates.body.data).toEqual([expect.objectContaining({ actor_id: userId, target: userId, detail: 'name, phone, preferences' })]);
    const byAdmin = await api(gw, 'GET', `/admin/audit-log?actor_id=${adminId}&action=user.deleted`, { token: admin });
    expect(byAdmin.body.data.map((e: { target: string }) => e.target)).toEqual([userId]);
    const badFilter = await api(gw, 'GET', '/admin/audit-log?user_id=nope&from=yesterday', { token: admin });
    expect(badFilter.status).toBe(400);
    expect(badFilter.body.error?.details?.map((d: { field: string }) => d.field).sort()).toEqual(['from', 'user_id']);
  });
});
