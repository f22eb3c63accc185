import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Actor, RpcRequest } from '@platter/contracts';
import { PiiCipher, TransactionHost } from '@platter/persistence';
import { ThrowawaySchema, createThrowawaySchema, rejection } from '@platter/testing';
import { ListAuditLogRpc } from '../audit/queries/list-audit-log/list-audit-log.rpc';
import { decodeBase32 } from '../auth/domain/base32';
import { hotp, totpStep } from '../auth/domain/totp';
import { IdentityConfig } from '../identity.config';
import { identityEntities } from '../identity.module';
import { identityMigrations } from '../migrations';
import { EncryptPhoneAndAddAccountDeletion1700000008000 } from '../migrations/1700000008000-encrypt-phone-and-add-account-deletion';
import { IdentityServices, identityServices } from '../testing/identity-services';
import { ChangeUserStatusRpc } from './commands/change-user-status/change-user-status.rpc';
import { DeleteUserRpc } from './commands/delete-user/delete-user.rpc';
import { UpdateMeRpc } from './commands/update-me/update-me.rpc';
import { GetMeRpc } from './queries/get-me/get-me.rpc';
import { User } from './user.entity';
import { userPii } from './user-pii';

/** Synchronous throws (validation, role checks) become rejections too. */
const attempt = (call: () => Promise<unknown>) => rejection(Promise.resolve().then(call));
const as = <D>(actor: Actor | null, data: D): RpcRequest<D> => ({ actor, data });
const password = 'correct horse battery';
const testKeys = () => `t1:${randomBytes(32).toString('base64')}`;

function configWithKeys(keys: string): IdentityConfig {
  return Object.assign(new IdentityConfig(), { PII_ENCRYPTION_KEYS: keys });
}

// Real PostgreSQL: a throwaway schema migrated like the service's own.
describe('personal data, profile updates, erasure and the audit log against PostgreSQL', () => {
  let db: ThrowawaySchema;
  let dataSource: DataSource;
  let tx: TransactionHost;
  let services: IdentityServices;
  let updateMe: UpdateMeRpc;
  let deleteUser: DeleteUserRpc;
  let setStatus: ChangeUserStatusRpc;
  let auditLog: ListAuditLogRpc;
  let me: GetMeRpc;
  let admin: Actor;
  let cipher: PiiCipher;

  const query = <T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> => dataSource.query(sql, params);
  const newCustomer = async (email: string, phone?: string): Promise<Actor> => {
    const { user } = await services.register.register({ email, password, name: 'Some One', phone });
    return { user_id: user.id, role: 'customer' };
  };

  beforeAll(async () => {
    db = await createThrowawaySchema('identity', { entities: identityEntities, migrations: identityMigrations });
    ({ dataSource, tx } = db);
    const keys = testKeys();
    cipher = PiiCipher.fromSpec(keys);
    services = await identityServices(db, configWithKeys(keys));
    updateMe = services.get(UpdateMeRpc);
    deleteUser = services.get(DeleteUserRpc);
    setStatus = services.get(ChangeUserStatusRpc);
    auditLog = services.get(ListAuditLogRpc);
    me = services.get(GetMeRpc);
    const root = await newCustomer('root@example.cm');
    await query(`UPDATE users SET role = 'admin' WHERE id = $1`, [root.user_id]);
    admin = { user_id: root.user_id, role: 'admin' };
  });

  afterAll(async () => {
    await db?.drop();
  });

  describe('phone numbers at rest', () => {
    it('are stored as AES-GCM ciphertext with a blind index, and read back in clear', async () => {
      const actor = await newCustomer('enc@example.cm', '670 11 22 33');
      const [row] = await query<{ phone: string; phone_lookup: string }>(`SELECT phone, phone_lookup FROM users WHERE id = $1`, [actor.user_id]);
      expect(row.phone).toMatch(/^v1:t1:[\w-]+:[\w-]+:[\w-]+$/);
      expect(row.phone).not.toContain('670112233');
      expect(cipher.decrypt(row.phone)).toBe('+237670112233');
      expect(row.phone_lookup).toBe(cipher.blindIndex('+237670112233'));
      const user = await tx.repository(User).findOneByOrFail({ id: actor.user_id });
      expect(user.phone).toBe('+237670112233');
      expect((await me.me(as(actor, {}))).phone).toBe('+237670112233');
    });

    it('stay unique through the blind index: the same number written another way is 409', async () => {
      await newCustomer('first@example.cm', '+237 670 44 55 66');
      const duplicate = await rejection(services.register.register({ email: 'second@example.cm', password, name: 'Two', phone: '670445566' }));
      expect([duplicate.code, duplicate.status]).toEqual(['CONFLICT', 409]);
    });
  });

  describe('PUT /users/me', () => {
    it('changes name (or full_name), phone and preferences, and audits the fields changed, not their values', async () => {
      const actor = await newCustomer('edit@example.cm');
      const updated = await updateMe.update(as(actor, { full_name: ' Jane Doe ', phone: '+20 10 1234 5678', preferences: { theme: 'dark', notifications: true } }));
      expect(updated).toMatchObject({ id: actor.user_id, name: 'Jane Doe', phone: '+201012345678', preferences: { theme: 'dark', notifications: true }, email: 'edit@example.cm' });
      const [row] = await query<{ name: string; phone: string; preferences: unknown }>(`SELECT name, phone, preferences FROM users WHERE id = $1`, [actor.user_id]);
      expect(row.name).toBe('Jane Doe');
      expect(cipher.decrypt(row.phone)).toBe('+201012345678');
      expect(row.preferences).toEqual({ theme: 'dark', notifications: true });
      expect(await me.me(as(actor, {}))).toMatchObject({ name: 'Jane Doe', phone: '+201012345678', preferences: { theme: 'dark', notifications: true } });
      const audit = await query(`SELECT actor_id, target, detail FROM audit_log WHERE action = 'user.profile-updated' AND target = $1`, [actor.user_id]);
      expect(audit).toEqual([{ actor_id: actor.user_id, target: actor.user_id, detail: 'name, phone, preferences' }]);

      // Only what is given changes; null removes the phone (and its blind index).
      const cleared = await updateMe.update(as(actor, { phone: null }));
      expect(cleared).toMatchObject({ name: 'Jane Doe', phone: null, preferences: { theme: 'dark', notifications: true } });
      expect(await query(`SELECT phone, phone_lookup FROM users WHERE id = $1`, [actor.user_id])).toEqual([{ phone: null, phone_lookup: null }]);
      // The same values again: nothing to write or audit.
      await updateMe.update(as(actor, { name: 'Jane Doe' }));
      expect(await query(`SELECT 1 FROM audit_log WHERE action = 'user.profile-updated' AND target = $1`, [actor.user_id])).toHaveLength(2);
      // Copies elsewhere follow the name and phone (a preferences change alone publishes nothing).
      const published = await query<{ envelope: { payload: unknown } }>(
        `SELECT envelope FROM outbox WHERE routing_key = 'user.profile-updated' AND envelope->'payload'->>'user_id' = $1 ORDER BY created_at, id`,
        [actor.user_id],
      );
      expect(published.map((r) => r.envelope.payload)).toEqual([
        { user_id: actor.user_id, name: 'Jane Doe', phone: '+201012345678', birthday: null, role: 'customer' },
        { user_id: actor.user_id, name: 'Jane Doe', phone: null, birthday: null, role: 'customer' },
      ]);
    });

    it('refuses another account’s phone (409), bad values and fields that are not editable (400)', async () => {
      await newCustomer('owner-of-number@example.cm', '+237670999888');
      const actor = await newCustomer('wants-number@example.cm');
      expect((await rejection(updateMe.update(as(actor, { phone: '670999888' })))).status).toBe(409);
      const invalid = await rejection(updateMe.update(as(actor, { email: 'x@example.cm', role: 'admin', phone: 'nope' } as never)));
      expect(invalid.code).toBe('VALIDATION_ERROR');
      expect(invalid.details?.map((d) => d.field)).toEqual(['email', 'role', 'phone']);
      expect((await attempt(() => updateMe.update(as(null, { name: 'x' })))).code).toBe('AUTH_REQUIRED');
      expect(await query(`SELECT email, role FROM users WHERE id = $1`, [actor.user_id])).toEqual([{ email: 'wants-number@example.cm', role: 'customer' }]);
    });

    it('refuses a suspended account whose access token still lives', async () => {
      const actor = await newCustomer('suspended-editor@example.cm');
      await setStatus.change(as(admin, { id: actor.user_id, status: 'suspended' }));
      expect((await rejection(updateMe.update(as(actor, { name: 'Sneaky' })))).status).toBe(403);
    });
  });

  describe('DELETE /admin/users/:id', () => {
    it('erases in one transaction: anonymised row, sessions, 2FA, event and audit entry; the user cannot log in', async () => {
      const { user, tokens } = await services.register.register({ email: 'gone@example.cm', password, name: 'Gone Soon', phone: '+237670000123' });
      const actor: Actor = { user_id: user.id, role: 'customer' };
      await updateMe.update(as(actor, { preferences: { theme: 'dark' } }));
      const { secret } = await services.setUpTwoFactor.setUp(actor);
      await services.enableTwoFactor.enable(actor, { code: hotp(decodeBase32(secret)!, totpStep(Date.now())) });
      // A failed login and a texted code leave traces that name the person.
      await rejection(services.logIn.logIn({ email: 'gone@example.cm', password: 'not the password' }));
      await query(`UPDATE users SET phone_verified_at = now() WHERE id = $1`, [user.id]);
      await services.requestPhoneOtp.request({ phone: '+237670000123' });
      expect(await query(`SELECT 1 FROM phone_otps WHERE user_id = $1`, [user.id])).toHaveLength(1);

      const erased = await deleteUser.delete(as(admin, { id: user.id }));
      expect(await query(`SELECT action FROM audit_log WHERE target = 'gone@example.cm'`)).toEqual([]);
      expect(await query(`SELECT 1 FROM phone_otps WHERE user_id = $1`, [user.id])).toEqual([]);
      expect(erased).toMatchObject({ id: user.id, status: 'deleted', email: `deleted-${user.id}@deleted.invalid`, name: 'Deleted user', phone: null });

      const [row] = await query(`SELECT email, name, phone, phone_lookup, password_hash, preferences, status FROM users WHERE id = $1`, [user.id]);
      expect(row).toEqual({
        email: `deleted-${user.id}@deleted.invalid`, name: 'Deleted user', phone: null, phone_lookup: null,
        password_hash: null, preferences: {}, status: 'deleted',
      });
      expect(await query(`SELECT 1 FROM sessions WHERE user_id = $1 AND revoked_at IS NULL`, [user.id])).toEqual([]);
      expect(await query(`SELECT 1 FROM two_factor WHERE user_id = $1 UNION ALL SELECT 1 FROM backup_codes WHERE user_id = $1`, [user.id])).toEqual([]);
      const outbox = await query<{ envelope: { payload: unknown } }>(`SELECT envelope FROM outbox WHERE routing_key = 'user.deleted'`);
      expect(outbox.map((r) => r.envelope.payload)).toEqual([{ user_id: user.id }]);
      const audit = await query(`SELECT actor_id, target, detail FROM audit_log WHERE action = 'user.deleted'`);
      expect(audit).toEqual([{ actor_id: admin.user_id, target: user.id, detail: 'active -> deleted' }]);

      expect((await rejection(services.refresh.refresh({ refresh_token: tokens.refresh_token }))).code).toBe('INVALID_TOKEN');
      const login = await rejection(services.logIn.logIn({ email: 'gone@example.cm', password }));
      expect([login.code, login.status]).toEqual(['INVALID_CREDENTIALS', 401]);
      expect((await attempt(() => me.me(as(actor, {})))).status).toBe(403);

      // Final: a second DELETE answers the same and publishes nothing; no status brings it back.
      expect(await deleteUser.delete(as(admin, { id: user.id }))).toEqual(erased);
      expect(await query(`SELECT 1 FROM outbox WHERE routing_key = 'user.deleted'`)).toHaveLength(1);
      const revive = await attempt(() => setStatus.change(as(admin, { id: user.id, status: 'active' })));
      expect([revive.code, revive.status]).toEqual(['INVALID_STATE_TRANSITION', 422]);
      // The email and the phone number are free again.
      await newCustomer('gone@example.cm', '+237670000123');
    });

    it('refuses the admin’s own account (422), other roles (403), an unknown id (404) and `deleted` as a status (400)', async () => {
      const own = await attempt(() => deleteUser.delete(as(admin, { id: admin.user_id })));
      expect([own.code, own.status]).toEqual(['CANNOT_DELETE_OWN_ACCOUNT', 422]);
      const customer = await newCustomer('not-admin@example.cm');
      expect((await attempt(() => deleteUser.delete(as(customer, { id: admin.user_id })))).status).toBe(403);
      expect((await attempt(() => deleteUser.delete(as(admin, { id: '00000000-0000-4000-8000-000000000000' })))).status).toBe(404);
      const asStatus = await attempt(() => setStatus.change(as(admin, { id: customer.user_id, status: 'deleted' as never })));
      expect([asStatus.code, asStatus.details?.[0]?.field]).toEqual(['VALIDATION_ERROR', 'status']);
    });
  });

  describe('GET /admin/audit-log', () => {
    it('filters by account, actor, action and time, newest first, in pages', async () => {
      const actor = await newCustomer('audited@example.cm');
      await services.logIn.logIn({ email: 'audited@example.cm', password });
      await rejection(services.logIn.logIn({ email: 'audited@example.cm', password: 'wrong horse battery' }));
      await setStatus.change(as(admin, { id: actor.user_id, status: 'banned', reason: 'fraud' }));

      const all = await auditLog.list(as(admin, { user_id: actor.user_id, limit: 100 }));
      // Sign-up writes its entries in one transaction, possibly within one millisecond: compared as a set.
      expect(all.items.slice(0, 3).map((e) => e.action)).toEqual(['user.status-changed', 'login.failed', 'login.succeeded']);
      expect(new Set(all.items.slice(3).map((e) => e.action))).toEqual(new Set(['user.registered', 'email-verification.requested']));
      expect(all.pagination).toEqual({ page: 1, limit: 100, total: all.items.length, totalPages: 1 });
      const times = all.items.map((e) => e.at);
      expect([...times].sort().reverse()).toEqual(times);

      const byAdmin = await auditLog.list(as(admin, { user_id: actor.user_id, actor_id: admin.user_id }));
      expect(byAdmin.items).toEqual([expect.objectContaining({ action: 'user.status-changed', actor_id: admin.user_id, target: actor.user_id, detail: 'active -> banned: fraud' })]);
      const failures = await auditLog.list(as(admin, { user_id: actor.user_id, action: 'login.failed' }));
      expect(failures.items.map((e) => e.action)).toEqual(['login.failed']);

      const paged = await auditLog.list(as(admin, { user_id: actor.user_id, limit: 2, page: 2 }));
      expect(paged.items.map((e) => e.id)).toEqual(all.items.slice(2, 4).map((e) => e.id));
      expect(paged.pagination).toEqual({ page: 2, limit: 2, total: all.items.length, totalPages: Math.ceil(all.items.length / 2) });

      const middle = all.items[1].at;
      const later = await auditLog.list(as(admin, { user_id: actor.user_id, from: middle }));
      expect(later.items.map((e) => e.id)).toEqual(all.items.filter((e) => e.at >= middle).map((e) => e.id));
      const earlier = await auditLog.list(as(admin, { user_id: actor.user_id, to: middle }));
      expect(earlier.items.map((e) => e.id)).toEqual(all.items.filter((e) => e.at < middle).map((e) => e.id));
      expect((await auditLog.list(as(admin, { user_id: actor.user_id, from: '2000-01-01T00:00:00Z', to: '2000-01-02T00:00:00Z' }))).items).toEqual([]);
    });

    it('is for admins only, and refuses bad filters', async () => {
      const customer = await newCustomer('curious@example.cm');
      expect((await attempt(() => auditLog.list(as(customer, {}))))).toMatchObject({ code: 'FORBIDDEN', status: 403 });
      expect((await attempt(() => auditLog.list(as(null, {}))))).toMatchObject({ code: 'AUTH_REQUIRED' });
      for (const bad of [{ user_id: 'nope' }, { from: 'yesterday' }, { limit: 101 }, { from: '2026-02-01T00:00:00Z', to: '2026-01-01T00:00:00Z' }]) {
        expect((await attempt(() => auditLog.list(as(admin, bad))))).toMatchObject({ code: 'VALIDATION_ERROR', status: 400 });
      }
    });
  });
});

describe('the phone-encryption migration on a database that already has users', () => {
  let db: ThrowawaySchema;

  afterAll(async () => {
    await db?.drop();
  });

  it('encrypts every existing phone number in place, with its blind index, and can undo it', async () => {
    const before = identityMigrations.filter((m) => m !== EncryptPhoneAndAddAccountDeletion1700000008000);
    db = await createThrowawaySchema('identity', { entities: identityEntities, migrations: before });
    const keys = testKeys();
    const cipher = PiiCipher.fromSpec(keys);
    userPii.use(cipher);
    const insert = (id: string, email: string, phone: string | null) =>
      db.dataSource.query(`INSERT INTO users (id, email, phone, name, role, status, email_verified) VALUES ($1, $2, $3, 'Old', 'customer', 'active', false)`, [id, email, phone]);
    await insert('10000000-0000-4000-8000-000000000001', 'old1@example.cm', '+237670000001');
    await insert('10000000-0000-4000-8000-000000000002', 'old2@example.cm', null);

    const migration = new EncryptPhoneAndAddAccountDeletion1700000008000();
    const runner = db.dataSource.createQueryRunner();
    try {
      await migration.up(runner);
      const rows = await runner.query(`SELECT id, phone, phone_lookup, preferences FROM users ORDER BY id`);
      expect(cipher.decrypt(rows[0].phone)).toBe('+237670000001');
      expect(rows[0].phone_lookup).toBe(cipher.blindIndex('+237670000001'));
      expect(rows[1]).toMatchObject({ phone: null, phone_lookup: null, preferences: {} });
      const user = await db.tx.repository(User).findOneByOrFail({ id: '10000000-0000-4000-8000-000000000001' });
      expect(user.phone).toBe('+237670000001');

      await migration.down(runner);
      expect(await runner.query(`SELECT phone FROM users ORDER BY id`)).toEqual([{ phone: '+237670000001' }, { phone: null }]);
    } finally {
      await runner.release();
    }
  });
});
