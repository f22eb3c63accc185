import { api } from './support/http-client';
import { E2E_ADMIN, useTestFleet } from './support/test-fleet';

const run = Date.now().toString(36);

describe('admin user management through the gateway', () => {
  const e2e = useTestFleet({ namespace: `e2eadm${run}`, database: 'platter_e2e_admin', gatewayPort: 4900, env: { RATE_LIMITS_ENABLED: 'false' } });
  let gw: string;
  beforeAll(() => {
    gw = e2e.gateway();
  });

  it('lists, suspends and re-activates a customer; never lets an admin change their own status', async () => {
    const credentials = { email: `awa-${run}@example.cm`, password: 'customer-password' };
    const registered = await api(gw, 'POST', '/auth/register', { body: { ...credentials, name: 'Awa Ngono' } });
    expect(registered.status).toBe(201);
    const customerId = registered.body.data.user.id as string;
    const customer = registered.body.data.tokens as { access_token: string; refresh_token: string };
    const adminLogin = await api(gw, 'POST', '/auth/login', { body: E2E_ADMIN });
    expect(adminLogin.status).toBe(200);
    const admin = adminLogin.body.data.tokens.access_token as string;
    const adminId = adminLogin.body.data.user.id as string;

    const list = await api(gw, 'GET', `/admin/users?page=1&limit=10&role=customer&q=${encodeURIComponent(`awa-${run}`)}`, { token: admin });
    expect(list.status).toBe(200);
    expect(list.body.data).toEqual([expect.objectContaining({ id: customerId, email: credentials.email, status: 'active' })]);
    expect(list.body.pagination).toEqual({ page: 1, limit: 10, total: 1, totalPages: 1 });
    const everyone = await api(gw, 'GET', '/admin/users', { token: admin });
    expect(everyone.body.data.map((u: { id: string }) => u.id)).toEqual(expect.arrayContaining([customerId, adminId]));
    expect((await api(gw, 'GET', `/admin/users/${customerId}`, { token: admin })).body.data).toEqual(registered.body.data.user);

    const forbidden = await api(gw, 'GET', '/admin/users', { token: customer.access_token });
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.error?.code).toBe('FORBIDDEN');
    expect((await api(gw, 'PUT', `/admin/users/${adminId}/status`, { token: customer.access_token, body: { status: 'banned' } })).status).toBe(403);

    const suspended = await api(gw, 'PUT', `/admin/users/${customerId}/status`, { token: admin, body: { status: 'suspended', reason: 'chargebacks' } });
    expect(suspended.status).toBe(200);
    expect(suspended.body.data).toMatchObject({ id: customerId, status: 'suspended' });
    // The session ended with the suspension: its refresh token fails at once.
    const refreshed = await api(gw, 'POST', '/auth/refresh', { body: { refresh_token: customer.refresh_token } });
    expect(refreshed.status).toBe(401);
    expect(refreshed.body.error?.code).toBe('INVALID_TOKEN');
    const login = await api(gw, 'POST', '/auth/login', { body: credentials });
    expect(login.status).toBe(403);
    expect(login.body.error?.code).toBe('FORBIDDEN');
    // The old access token is still a valid JWT (it expires within 15 minutes), but the suspension put
    // it on the gateway's revocation list, so it is refused before any service sees it.
    const afterSuspension = await api(gw, 'GET', '/users/me', { token: customer.access_token });
    expect([afterSuspension.status, afterSuspension.body.error?.code]).toEqual([401, 'TOKEN_REVOKED']);
    const onlySuspended = await api(gw, 'GET', '/admin/users?status=suspended', { token: admin });
    expect(onlySuspended.body.data.map((u: { id: string }) => u.id)).toEqual([customerId]);

    const reactivated = await api(gw, 'PUT', `/admin/users/${customerId}/status`, { token: admin, body: { status: 'active' } });
    expect(reactivated.status).toBe(200);
    expect(reactivated.body.data.status).toBe('active');
    const back = await api(gw, 'POST', '/auth/login', { body: credentials });
    expect(back.status).toBe(200);
    expect((await api(gw, 'GET', '/users/me', { token: back.body.data.tokens.access_token })).status).toBe(200);

    const own = await api(gw, 'PUT', `/admin/users/${adminId}/status`, { token: admin, body: { status: 'suspended' } });
    expect(own.status).toBe(422);
    expect(own.body.error?.code).toBe('CANNOT_CHANGE_OWN_STATUS');
    expect((await api(gw, 'POST', '/auth/login', { body: E2E_ADMIN })).status).toBe(200);
  });

  it('answers 400 for a bad status or id and 404 for an unknown account', async () => {
    const admin = (await api(gw, 'POST', '/auth/login', { body: E2E_ADMIN })).body.data.tokens.access_token as string;
    const someone = (await api(gw, 'POST', '/auth/register', { body: { email: `bob-${run}@example.cm`, password: 'customer-password', name: 'Bob' } })).body.data.user.id;

    const badStatus = await api(gw, 'PUT', `/admin/users/${someone}/status`, { token: admin, body: { status: 'deleted' } });
    expect(badStatus.status).toBe(400);
    expect(badStatus.body.error?.code).toBe('VALIDATION_ERROR');
    expect(badStatus.body.error?.details).toEqual([expect.objectContaining({ field: 'status' })]);
    expect((await api(gw, 'GET', '/admin/users/not-a-uuid', { token: admin })).status).toBe(400);
    expect((await api(gw, 'GET', '/admin/users?status=gone', { token: admin })).status).toBe(400);
    expect((await api(gw, 'GET', '/admin/users?limit=101', { token: admin })).status).toBe(400);

    const unknownId = '00000000-0000-4000-8000-000000000000';
    const unknown = await api(gw, 'GET', `/admin/users/${unknownId}`, { token: admin });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error?.code).toBe('NOT_FOUND');
    expect((await api(gw, 'PUT', `/admin/users/${unknownId}/status`, { token: admin, body: { status: 'banned' } })).status).toBe(404);
  });
});
