import { DataSource } from 'typeorm';
import { Actor, RpcRequest } from '@platter/contracts';
import { ThrowawaySchema, createThrowawaySchema, rejection } from '@platter/testing';
import { LogInService } from '../auth/commands/log-in/log-in.service';
import { RefreshSessionService } from '../auth/commands/refresh-session/refresh-session.service';
import { RegisterUserService } from '../auth/commands/register-user/register-user.service';
import { identityEntities } from '../identity.module';
import { identityMigrations } from '../migrations';
import { ChangeUserStatusRpc } from './commands/change-user-status/change-user-status.rpc';
import { GetMeRpc } from './queries/get-me/get-me.rpc';
import { GetUserRpc } from './queries/get-user/get-user.rpc';
import { ListUsersRpc } from './queries/list-users/list-users.rpc';
import { identityServices } from '../testing/identity-services';

/** Synchronous throws (validation, role checks) become rejections too. */
const attempt = (call: () => Promise<unknown>) => rejection(Promise.resolve().then(call));

// Real PostgreSQL: a throwaway schema migrated like the service's own.
describe('admin user management against PostgreSQL', () => {
  let db: ThrowawaySchema;
  let dataSource: DataSource;
  let register: RegisterUserService;
  let logIn: LogInService;
  let refresh: RefreshSessionService;
  let setStatus: ChangeUserStatusRpc;
  let listUsers: ListUsersRpc;
  let getUser: GetUserRpc;
  let me: GetMeRpc;
  let admin: Actor;

  const query = <T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> => dataSource.query(sql, params);
  const as = <D>(actor: Actor | null, data: D): RpcRequest<D> => ({ actor, data });
  const password = 'correct horse battery';

  beforeAll(async () => {
    db = await createThrowawaySchema('identity', { entities: identityEntities, migrations: identityMigrations });
    dataSource = db.dataSource;
    const services = await identityServices(db);
    ({ register, logIn, refresh } = services);
    setStatus = services.get(ChangeUserStatusRpc);
    listUsers = services.get(ListUsersRpc);
    getUser = services.get(GetUserRpc);
    me = services.get(GetMeRpc);
    const registered = await register.register({ email: 'root@example.cm', password, name: 'Root' });
    await query(`UPDATE users SET role = 'admin' WHERE id = $1`, [registered.user.id]);
    admin = { user_id: registered.user.id, role: 'admin' };
  });

  afterAll(async () => {
    await db?.drop();
  });

  it('suspends in one transaction: status, outbox event, revoked sessions and audit entry; re-activation lets the user back in', async () => {
    const awa = await register.register({ email: 'awa@example.cm', password, name: 'Awa Ngono' });
    const second = await logIn.logIn({ email: 'awa@example.cm', password });
    const customer: Actor = { user_id: awa.user.id, role: 'customer' };

    const suspended = await setStatus.change(as(admin, { id: awa.user.id, status: 'suspended', reason: 'chargebacks' }));
    expect(suspended).toMatchObject({ id: awa.user.id, status: 'suspended' });

    const outbox = await query<{ envelope: { payload: unknown } }>(`SELECT envelope FROM outbox WHERE routing_key = 'user.status-changed'`);
    // The role lets services that copy only drivers or customers ignore everyone else's account events.
    expect(outbox.map((row) => row.envelope.payload)).toEqual([{ user_id: awa.user.id, status: 'suspended', role: 'customer' }]);
    const open = await query(`SELECT id FROM sessions WHERE user_id = $1 AND revoked_at IS NULL`, [awa.user.id]);
    expect(open).toEqual([]);
    const [audit] = await query(`SELECT actor_id, target, detail FROM audit_log WHERE action = 'user.status-changed'`);
    expect(audit).toEqual({ actor_id: admin.user_id, target: awa.user.id, detail: 'active -> suspended: chargebacks' });

    // Both families end at once; logging in and /users/me are refused.
    for (const tokens of [awa.tokens, second.tokens]) {
      expect((await rejection(refresh.refresh({ refresh_token: tokens.refresh_token }))).code).toBe('INVALID_TOKEN');
    }
    const login = await rejection(logIn.logIn({ email: 'awa@example.cm', password }));
    expect([login.code, login.status]).toEqual(['FORBIDDEN', 403]);
    expect((await attempt(() => me.me(as(customer, {})))).status).toBe(403);

    // Setting the same status again changes nothing and publishes nothing.
    await setStatus.change(as(admin, { id: awa.user.id, status: 'suspended' }));
    expect(await query(`SELECT 1 FROM outbox WHERE routing_key = 'user.status-changed'`)).toHaveLength(1);

    const active = await setStatus.change(as(admin, { id: awa.user.id, status: 'active' }));
    expect(active.status).toBe('active');
    const events = await query<{ envelope: { payload: { status: string } } }>(`SELECT envelope FROM outbox WHERE routing_key = 'user.status-changed' ORDER BY id`);
    expect(events.map((row) => row.envelope.payload.status).sort()).toEqual(['active', 'suspended']);
    const back = await logIn.logIn({ email: 'awa@example.cm', password });
    expect(back.user.status).toBe('active');
    expect((await me.me(as(customer, {}))).status).toBe('active');
  });

  it('refuses an admin changing their own status, non-admins, unknown accounts and bad statuses', async () => {
    const own = await attempt(() => setStatus.change(as(admin, { id: admin.user_id, status: 'suspended' })));
    expect([own.code, own.status]).toEqual(['CANNOT_CHANGE_OWN_STATUS', 422]);
    const [{ status }] = await query<{ status: string }>(`SELECT status FROM users WHERE id = $1`, [admin.user_id]);
    expect(status).toBe('active');

    const bob = await register.register({ email: 'bob@example.cm', password, name: 'Bob' });
    const customer: Actor = { user_id: bob.user.id, role: 'customer' };
    expect((await attempt(() => setStatus.change(as(customer, { id: admin.user_id, status: 'banned' })))).code).toBe('FORBIDDEN');
    expect((await attempt(() => setStatus.change(as(null, { id: bob.user.id, status: 'banned' })))).code).toBe('AUTH_REQUIRED');
    expect((await attempt(() => listUsers.list(as(customer, {})))).code).toBe('FORBIDDEN');
    expect((await attempt(() => getUser.get(as(customer, { id: bob.user.id })))).code).toBe('FORBIDDEN');

    const unknown = await attempt(() => setStatus.change(as(admin, { id: '00000000-0000-4000-8000-000000000000', status: 'banned' })));
    expect(unknown.code).toBe('NOT_FOUND');
    const bad = await attempt(() => setStatus.change(as(admin, { id: bob.user.id, status: 'deleted' as never })));
    expect(bad.code).toBe('VALIDATION_ERROR');
    expect(bad.details).toEqual([expect.objectContaining({ field: 'status' })]);
    const [{ count }] = await query<{ count: string }>(`SELECT count(*) FROM audit_log WHERE action = 'user.status-changed' AND target = $1`, [bob.user.id]);
    expect(count).toBe('0');
  });

  it('lists accounts a page at a time, by role, status and text, and gets one by id', async () => {
    const owner = await register.register({ email: 'chef@example.cm', password, name: 'Chef Ndolé', role: 'restaurant_owner' });
    await register.register({ email: 'percent%@example.cm', password, name: 'Odd' });

    const firstPage = await listUsers.list(as(admin, { page: 1, limit: 2 }));
    const total = Number((await query<{ count: string }>(`SELECT count(*) FROM users`))[0].count);
    expect(firstPage.items).toHaveLength(2);
    expect(firstPage.pagination).toEqual({ page: 1, limit: 2, total, totalPages: Math.ceil(total / 2) });
    expect(firstPage.items[0]).not.toHaveProperty('password_hash');

    const owners = await listUsers.list(as(admin, { role: 'restaurant_owner' }));
    expect(owners.items.map((u) => u.id)).toEqual([owner.user.id]);
    const byText = await listUsers.list(as(admin, { q: 'NDOL' }));
    expect(byText.items.map((u) => u.email)).toEqual(['chef@example.cm']);
    // % in the text is a character to find, not a wildcard.
    expect((await listUsers.list(as(admin, { q: '%' }))).items.map((u) => u.email)).toEqual(['percent%@example.cm']);
    expect((await listUsers.list(as(admin, { status: 'banned' }))).pagination.total).toBe(0);
    expect((await attempt(() => listUsers.list(as(admin, { status: 'gone' as never })))).code).toBe('VALIDATION_ERROR');

    expect(await getUser.get(as(admin, { id: owner.user.id }))).toEqual(owner.user);
    expect((await attempt(() => getUser.get(as(admin, { id: '00000000-0000-4000-8000-000000000000' })))).code).toBe('NOT_FOUND');
    expect((await attempt(() => getUser.get(as(admin, { id: 'not-a-uuid' })))).code).toBe('VALIDATION_ERROR');
  });
});
