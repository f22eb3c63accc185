import { DataSource } from 'typeorm';
import { Actor } from '@platter/contracts';
import { ThrowawaySchema, createThrowawaySchema, rejection } from '@platter/testing';
import { identityEntities } from '../identity.module';
import { identityMigrations } from '../migrations';
import { ChangeUserStatusService } from '../users/commands/change-user-status/change-user-status.service';
import { LogInService } from './commands/log-in/log-in.service';
import { RegisterUserService } from './commands/register-user/register-user.service';
import { identityServices } from '../testing/identity-services';

// Real PostgreSQL: the counter and lock live on users and change in single UPDATEs.
describe('login lockout against PostgreSQL', () => {
  let db: ThrowawaySchema;
  let dataSource: DataSource;
  let register: RegisterUserService;
  let logIn: LogInService;
  let setStatus: ChangeUserStatusService;
  let admin: Actor;
  const password = 'correct horse battery';
  const invalidCredentials = { code: 'INVALID_CREDENTIALS', message: 'Invalid email or password' };

  const query = <T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> => dataSource.query(sql, params);
  const lockOf = async (id: string) =>
    (await query<{ failed_login_count: number; locked: boolean }>(`SELECT failed_login_count, locked_until > now() AS locked FROM users WHERE id = $1`, [id]))[0];
  const auditOf = (action: string, target: string) => query(`SELECT actor_id, detail FROM audit_log WHERE action = $1 AND target = $2`, [action, target]);

  beforeAll(async () => {
    db = await createThrowawaySchema('identity', { entities: identityEntities, migrations: identityMigrations });
    dataSource = db.dataSource;
    ({ register, logIn, changeStatus: setStatus } = await identityServices(db));
    const root = await register.register({ email: 'root@example.cm', password, name: 'Root' });
    await query(`UPDATE users SET role = 'admin' WHERE id = $1`, [root.user.id]);
    admin = { user_id: root.user.id, role: 'admin' };
  });

  afterAll(async () => {
    await db?.drop();
  });

  it('locks after 5 wrong passwords, refuses the right one like a wrong one, and unlocks on re-activation', async () => {
    const { user } = await register.register({ email: 'awa@example.cm', password, name: 'Awa' });
    const wrong = { email: 'awa@example.cm', password: 'not the password' };

    for (let i = 1; i <= 4; i++) expect((await rejection(logIn.logIn(wrong))).toJSON()).toEqual(invalidCredentials);
    expect(await lockOf(user.id)).toEqual({ failed_login_count: 4, locked: null });
    expect(await auditOf('login.locked-out', user.id)).toEqual([]);
    expect((await rejection(logIn.logIn(wrong))).toJSON()).toEqual(invalidCredentials);
    expect(await lockOf(user.id)).toEqual({ failed_login_count: 0, locked: true });
    expect(await auditOf('login.locked-out', user.id)).toEqual([{ actor_id: null, detail: expect.stringMatching(/^locked until /) }]);

    // The right password gets the same answer while locked, and is not counted.
    expect((await rejection(logIn.logIn({ email: 'awa@example.cm', password }))).toJSON()).toEqual(invalidCredentials);
    expect(await lockOf(user.id)).toEqual({ failed_login_count: 0, locked: true });

    // The account is still active: setting active again is what unlocks it.
    const unlocked = await setStatus.change(admin, { id: user.id, status: 'active', reason: 'called support' });
    expect(unlocked.status).toBe('active');
    expect(await lockOf(user.id)).toEqual({ failed_login_count: 0, locked: null });
    expect(await auditOf('account.unlocked', user.id)).toEqual([{ actor_id: admin.user_id, detail: 'called support' }]);
    expect(await query(`SELECT 1 FROM outbox WHERE routing_key = 'user.status-changed'`)).toEqual([]);
    expect((await logIn.logIn({ email: 'awa@example.cm', password })).user.id).toBe(user.id);
    // Nothing left to unlock: a second re-activation writes nothing.
    await setStatus.change(admin, { id: user.id, status: 'active' });
    expect(await auditOf('account.unlocked', user.id)).toHaveLength(1);
  });

  it('resets the count on a successful login', async () => {
    const { user } = await register.register({ email: 'bob@example.cm', password, name: 'Bob' });
    for (let i = 0; i < 4; i++) await rejection(logIn.logIn({ email: 'bob@example.cm', password: 'wrong password' }));
    await logIn.logIn({ email: 'bob@example.cm', password });
    expect(await lockOf(user.id)).toEqual({ failed_login_count: 0, locked: null });
    await rejection(logIn.logIn({ email: 'bob@example.cm', password: 'wrong password' }));
    expect(await lockOf(user.id)).toEqual({ failed_login_count: 1, locked: null });
  });

  it('counts concurrent wrong passwords once each and locks exactly once', async () => {
    const { user } = await register.register({ email: 'race@example.cm', password, name: 'Race' });
    await Promise.all(Array.from({ length: 7 }, () => rejection(logIn.logIn({ email: 'race@example.cm', password: 'wrong password' }))));
    expect(await lockOf(user.id)).toEqual({ failed_login_count: 0, locked: true });
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
});
