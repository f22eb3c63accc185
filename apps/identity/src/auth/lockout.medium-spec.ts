import { DataSource } from 'typeorm';
import { Actor } from '@platter/contracts';
import { ThrowawaySchema, createThrowawaySchema, rejection } from '@platter/testing';
import { hashOneTimeToken } from '../account-recovery/domain/one-time-token';
import { identityEntities } from '../identity.module';
import { identityMigrations } from '../migrations';
import { UnlockAccountService } from './commands/unlock-account/unlock-account.service';
import { ChangeUserStatusService } from '../users/commands/change-user-status/change-user-status.service';
import { LogInService } from './commands/log-in/log-in.service';
import { RegisterUserService } from './commands/register-user/register-user.service';
import { identityServices } from '../testing/identity-services';

// Real PostgreSQL: failures lock the (account, address) pair in login_source_locks; users holds the
// account-wide ceiling. Both change in single statements.
describe('login lockout against PostgreSQL', () => {
  let db: ThrowawaySchema;
  let dataSource: DataSource;
  let register: RegisterUserService;
  let logIn: LogInService;
  let setStatus: ChangeUserStatusService;
  let unlock: UnlockAccountService;
  let admin: Actor;
  const attacker = { ip: '203.0.113.66' };
  const owner = { ip: '198.51.100.7' };
  const password = 'correct horse battery';
  const invalidCredentials = { code: 'INVALID_CREDENTIALS', message: 'Invalid email or password' };

  const query = <T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> => dataSource.query(sql, params);
  /** The (account, address) pair's count and lock; no row reads as nothing counted. */
  const lockOf = async (id: string, ip: string) =>
    (
      await query<{ failed_login_count: number; locked: boolean | null }>(
        `SELECT failed_count AS failed_login_count, locked_until > now() AS locked FROM login_source_locks WHERE user_id = $1 AND source = $2`,
        [id, ip],
      )
    )[0] ?? { failed_login_count: 0, locked: null };
  const accountLockOf = async (id: string) =>
    (await query<{ failed_login_count: number; locked: boolean | null }>(`SELECT failed_login_count, locked_until > now() AS locked FROM users WHERE id = $1`, [id]))[0];
  /** The unlock links emailed for a user, oldest first. */
  const unlockEmailsOf = async (id: string) =>
    (
      await query<{ envelope: { payload: { token: string; email: string; expires_at: string } } }>(
        `SELECT envelope FROM outbox WHERE routing_key = 'user.account-unlock-requested' AND envelope->'payload'->>'user_id' = $1 ORDER BY seq`,
        [id],
      )
    ).map((row) => row.envelope.payload);
  const auditOf = (action: string, target: string) => query(`SELECT actor_id, detail FROM audit_log WHERE action = $1 AND target = $2`, [action, target]);

  beforeAll(async () => {
    const migrations = identityMigrations;
    db = await createThrowawaySchema('identity', { entities: identityEntities, migrations });
    dataSource = db.dataSource;
    let get: Awaited<ReturnType<typeof identityServices>>['get'];
    ({ register, logIn, changeStatus: setStatus, get } = await identityServices(db));
    unlock = get(UnlockAccountService);
    const root = await register.register({ email: 'root@example.cm', password, name: 'Root' });
    await query(`UPDATE users SET role = 'admin' WHERE id = $1`, [root.user.id]);
    admin = { user_id: root.user.id, role: 'admin' };
  });

  afterAll(async () => {
    await db?.drop();
  });

  it('locks the attacking address after 5 wrong passwords, refuses the right one from it, and lets the owner in from elsewhere', async () => {
    const { user } = await register.register({ email: 'awa@example.cm', password, name: 'Awa' });
    const wrong = { email: 'awa@example.cm', password: 'not the password', client: attacker };

    for (let i = 1; i <= 4; i++) expect((await rejection(logIn.logIn(wrong))).toJSON()).toEqual(invalidCredentials);
    expect(await lockOf(user.id, attacker.ip)).toEqual({ failed_login_count: 4, locked: null });
    expect(await auditOf('login.locked-out', user.id)).toEqual([]);
    expect((await rejection(logIn.logIn(wrong))).toJSON()).toEqual(invalidCredentials);
    expect(await lockOf(user.id, attacker.ip)).toEqual({ failed_login_count: 0, locked: true });
    expect(await auditOf('login.locked-out', user.id)).toEqual([{ actor_id: null, detail: expect.stringMatching(/^locked from 203\.0\.113\.66 until /) }]);

    // The right password gets the same answer from the locked address, and is not counted.
    expect((await rejection(logIn.logIn({ email: 'awa@example.cm', password, client: attacker }))).toJSON()).toEqual(invalidCredentials);
    expect(await lockOf(user.id, attacker.ip)).toEqual({ failed_login_count: 0, locked: true });
    expect(await accountLockOf(user.id)).toEqual({ failed_login_count: 5, locked: null });

    // The owner, from another address, is not locked out; that success clears the account-wide count
    // and the owner's own address, not the attacker's lock.
    expect((await logIn.logIn({ email: 'awa@example.cm', password, client: owner })).user.id).toBe(user.id);
    expect(await accountLockOf(user.id)).toEqual({ failed_login_count: 0, locked: null });
    expect(await lockOf(user.id, attacker.ip)).toEqual({ failed_login_count: 0, locked: true });
    expect((await rejection(logIn.logIn({ email: 'awa@example.cm', password, client: attacker }))).toJSON()).toEqual(invalidCredentials);
  });

  it('resets the count on a successful login', async () => {
    const { user } = await register.register({ email: 'bob@example.cm', password, name: 'Bob' });
    for (let i = 0; i < 4; i++) await rejection(logIn.logIn({ email: 'bob@example.cm', password: 'wrong password', client: attacker }));
    await logIn.logIn({ email: 'bob@example.cm', password, client: attacker });
    expect(await lockOf(user.id, attacker.ip)).toEqual({ failed_login_count: 0, locked: null });
    await rejection(logIn.logIn({ email: 'bob@example.cm', password: 'wrong password', client: attacker }));
    expect(await lockOf(user.id, attacker.ip)).toEqual({ failed_login_count: 1, locked: null });
  });

  it('counts concurrent wrong passwords once each and locks exactly once', async () => {
    const { user } = await register.register({ email: 'race@example.cm', password, name: 'Race' });
    await Promise.all(Array.from({ length: 7 }, () => rejection(logIn.logIn({ email: 'race@example.cm', password: 'wrong password', client: attacker }))));
    expect(await lockOf(user.id, attacker.ip)).toEqual({ failed_login_count: 0, locked: true });
    expect(await auditOf('login.locked-out', user.id)).toHaveLength(1);
    expect(await auditOf('login.failed', 'race@example.cm')).toHaveLength(7);
  });

  it('changes nothing for unknown emails and answers them the same way', async () => {
    const usersBefore = await query(`SELECT id, failed_login_count, locked_until FROM users ORDER BY id`);
    for (let i = 0; i < 6; i++) {
      expect((await rejection(logIn.logIn({ email: 'nobody@example.cm', password: 'whatever it is' }))).toJSON()).toEqual(invalidCredentials);
    }
    expect(await query(`SELECT id, failed_login_count, locked_until FROM users ORDER BY id`)).toEqual(usersBefore);
    expect(await query(`SELECT 1 FROM users WHERE email = 'nobody@example.cm'`)).toEqual([]);
  });

  it('locks the account for every address after 50 wrong passwords spread over many addresses', async () => {
    const { user } = await register.register({ email: 'dist@example.cm', password, name: 'Dist' });
    for (let i = 1; i <= 49; i++) await rejection(logIn.logIn({ email: 'dist@example.cm', password: 'wrong password', client: { ip: `10.0.${i}.1` } }));
    expect(await accountLockOf(user.id)).toEqual({ failed_login_count: 49, locked: null });
    expect(await unlockEmailsOf(user.id)).toEqual([]);
    await rejection(logIn.logIn({ email: 'dist@example.cm', password: 'wrong password', client: { ip: '10.0.50.1' } }));
    expect(await accountLockOf(user.id)).toEqual({ failed_login_count: 0, locked: true });
    expect(await auditOf('login.locked-out', user.id)).toEqual([{ actor_id: null, detail: expect.stringMatching(/^locked account-wide until /) }]);
    // No address gets in now, not even the owner's.
    expect((await rejection(logIn.logIn({ email: 'dist@example.cm', password, client: owner }))).toJSON()).toEqual(invalidCredentials);
    expect(await unlockEmailsOf(user.id)).toHaveLength(1);

    // The account is still active: setting active again is how an admin unlocks it.
    const unlocked = await setStatus.change(admin, { id: user.id, status: 'active', reason: 'called support' });
    expect(unlocked.status).toBe('active');
    expect(await accountLockOf(user.id)).toEqual({ failed_login_count: 0, locked: null });
    expect(await auditOf('account.unlocked', user.id)).toEqual([{ actor_id: admin.user_id, detail: 'called support' }]);
    expect(await query(`SELECT 1 FROM outbox WHERE routing_key = 'user.status-changed'`)).toEqual([]);
    expect((await logIn.logIn({ email: 'dist@example.cm', password, client: owner })).user.id).toBe(user.id);
    // Nothing left to unlock: a second re-activation writes nothing.
    await setStatus.change(admin, { id: user.id, status: 'active' });
    expect(await auditOf('account.unlocked', user.id)).toHaveLength(1);
  });

  it('emails a single-use unlock link when locked; it lifts the locks (account-wide too) and lets the next right password in', async () => {
    const { user } = await register.register({ email: 'una@example.cm', password, name: 'Una' });
    for (let i = 1; i <= 5; i++) await rejection(logIn.logIn({ email: 'una@example.cm', password: 'wrong password', client: attacker }));
    const [email] = await unlockEmailsOf(user.id);
    expect(email).toEqual({ user_id: user.id, email: 'una@example.cm', name: 'Una', token: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/), expires_at: expect.any(String) });
    const ttl = new Date(email.expires_at).getTime() - Date.now();
    expect(ttl).toBeGreaterThan(29 * 60_000);
    expect(ttl).toBeLessThanOrEqual(30 * 60_000);
    // A one-time token like the reset links: only the hash is stored.
    expect(await query(`SELECT 1 FROM one_time_tokens WHERE token_hash = $1`, [email.token])).toEqual([]);
    expect(await query(`SELECT token_hash FROM one_time_tokens WHERE user_id = $1 AND purpose = 'account_unlock'`, [user.id])).toEqual([
      { token_hash: hashOneTimeToken(email.token) },
    ]);
    await query(`UPDATE users SET failed_login_count = 0, locked_until = now() + interval '15 minutes' WHERE id = $1`, [user.id]);

    await expect(unlock.unlock({ token: email.token })).resolves.toEqual({ unlocked: true });
    expect(await lockOf(user.id, attacker.ip)).toEqual({ failed_login_count: 0, locked: null });
    expect(await accountLockOf(user.id)).toEqual({ failed_login_count: 0, locked: null });
    expect((await logIn.logIn({ email: 'una@example.cm', password, client: attacker })).user.id).toBe(user.id);
    // Spent: a second use is refused with the link's own code.
    expect((await rejection(unlock.unlock({ token: email.token }))).code).toBe('INVALID_ONE_TIME_TOKEN');
  });

  it('emails no second link while one is live, whatever addresses get locked; the account-wide lock sends a fresh one', async () => {
    const { user } = await register.register({ email: 'mail@example.cm', password, name: 'Mail' });
    const failFrom = (ip: string, times = 5) =>
      Promise.all(Array.from({ length: times }, () => rejection(logIn.logIn({ email: 'mail@example.cm', password: 'wrong password', client: { ip } }))));
    await failFrom('192.0.2.1');
    const [first] = await unlockEmailsOf(user.id);
    expect(first).toBeDefined();

    // A second address locked while the first link is live: locked and audited, but nothing mailed.
    await failFrom('192.0.2.2');
    expect(await lockOf(user.id, '192.0.2.2')).toEqual({ failed_login_count: 0, locked: true });
    expect(await auditOf('login.locked-out', user.id)).toHaveLength(2);
    expect(await unlockEmailsOf(user.id)).toHaveLength(1);

    // Once that link has expired, the next address's lock mails a new one.
    await query(`UPDATE one_time_tokens SET expires_at = now() - interval '1 second' WHERE user_id = $1 AND purpose = 'account_unlock'`, [user.id]);
    await failFrom('192.0.2.3');
    const emails = await unlockEmailsOf(user.id);
    expect(emails).toHaveLength(2);
    const second = emails[1];
    expect(second.token).not.toBe(first.token);

    // 15 failures so far; 35 more from as many addresses engage the account-wide lock, which mails a
    // fresh link though the second is still live, and the fresh one replaces it.
    for (let i = 1; i <= 35; i++) await failFrom(`198.18.0.${i}`, 1);
    expect(await accountLockOf(user.id)).toEqual({ failed_login_count: 0, locked: true });
    const [, , fresh] = await unlockEmailsOf(user.id);
    expect(await unlockEmailsOf(user.id)).toHaveLength(3);
    expect((await rejection(unlock.unlock({ token: second.token }))).code).toBe('INVALID_ONE_TIME_TOKEN');
    await expect(unlock.unlock({ token: fresh.token })).resolves.toEqual({ unlocked: true });
    expect((await logIn.logIn({ email: 'mail@example.cm', password, client: { ip: '192.0.2.1' } })).user.id).toBe(user.id);
  });

  it('refuses an expired, unknown or malformed unlock token and lifts nothing', async () => {
    const { user } = await register.register({ email: 'exp@example.cm', password, name: 'Exp' });
    for (let i = 1; i <= 5; i++) await rejection(logIn.logIn({ email: 'exp@example.cm', password: 'wrong password', client: attacker }));
    const [email] = await unlockEmailsOf(user.id);
    await query(`UPDATE one_time_tokens SET expires_at = now() - interval '1 second' WHERE user_id = $1 AND purpose = 'account_unlock'`, [user.id]);
    expect((await rejection(unlock.unlock({ token: email.token }))).code).toBe('INVALID_ONE_TIME_TOKEN');
    expect((await rejection(unlock.unlock({ token: 'A'.repeat(43) }))).code).toBe('INVALID_ONE_TIME_TOKEN');
    expect((await rejection(unlock.unlock({ token: 42 as unknown as string }))).code).toBe('INVALID_ONE_TIME_TOKEN');
    expect(await lockOf(user.id, attacker.ip)).toEqual({ failed_login_count: 0, locked: true });
  });
});
