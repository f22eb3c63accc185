import { DataSource } from 'typeorm';
import { ThrowawaySchema, createThrowawaySchema, rejection } from '@platter/testing';
import { EncryptGuestContact1700000012000 } from '../migrations/1700000012000-encrypt-guest-contact';
import { userPii } from '../users/user-pii';
import { RegisterUserService } from '../auth/commands/register-user/register-user.service';
import { IdentityConfig } from '../identity.config';
import { identityEntities } from '../identity.module';
import { identityMigrations } from '../migrations';
import { identityServices } from '../testing/identity-services';
import { StartGuestSessionService } from './commands/start-guest-session/start-guest-session.service';
import { hashGuestToken, newGuestToken } from './domain/guest-token';
import { GuestSessions } from './guest-sessions';

// Real PostgreSQL: a throwaway schema migrated like the service's own.
describe('guest sessions against PostgreSQL', () => {
  let db: ThrowawaySchema;
  let dataSource: DataSource;
  let start: StartGuestSessionService;
  let sessions: GuestSessions;
  let register: RegisterUserService;

  const query = <T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> => dataSource.query(sql, params);
  const signUp = (email: string, guest_token?: string, role?: 'customer' | 'driver') =>
    register.register({ email, password: 'correct horse battery', name: 'Guest Now User', ...(guest_token ? { guest_token } : {}), ...(role ? { role } : {}) });

  beforeAll(async () => {
    db = await createThrowawaySchema('identity', { entities: identityEntities, migrations: identityMigrations });
    dataSource = db.dataSource;
    const config = Object.assign(new IdentityConfig(), { GUEST_SESSION_TTL_HOURS: 168 });
    ({ startGuestSession: start, guestSessions: sessions, register } = await identityServices(db, config));
  });

  afterAll(async () => {
    await db?.drop();
  });

  it('starts a session with normalised contact details, keeping only the token hash, for 7 days', async () => {
    const before = Date.now();
    const started = await start.start({ name: ' Awa ', phone: '670 12 34 56', email: 'Awa@Example.CM' });
    expect(started.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const expiresIn = new Date(started.expires_at).getTime() - before;
    expect(expiresIn).toBeGreaterThan(168 * 3_600_000 - 60_000);
    expect(expiresIn).toBeLessThanOrEqual(168 * 3_600_000 + 60_000);

    const [row] = await query<{ token_hash: string; name: string; phone: string; email: string }>(
      `SELECT token_hash, name, phone, email FROM guest_sessions WHERE id = $1`,
      [started.guest_id],
    );
    // Phone and email are ciphertext at rest; the entity reads them back in clear.
    expect(row).toMatchObject({ token_hash: hashGuestToken(started.token), name: 'Awa' });
    expect(`${row.phone} ${row.email}`).not.toMatch(/670123456|awa@example/);
    expect(userPii.get().decrypt(row.phone)).toBe('+237670123456');
    expect(userPii.get().decrypt(row.email)).toBe('awa@example.cm');
    expect(JSON.stringify(await query(`SELECT * FROM guest_sessions`))).not.toContain(started.token);

    const found = await sessions.findLive(started.token);
    expect(found?.id).toBe(started.guest_id);
  });

  it('refuses bad contact details with every field named', async () => {
    const err = await rejection(start.start({ phone: '12', email: 'nope' }));
    expect(err.code).toBe('VALIDATION_ERROR');
    expect(err.details?.map((d) => d.field)).toEqual(['phone', 'email']);
  });

  it('finds neither an unknown nor an expired session', async () => {
    expect(await sessions.findLive(newGuestToken())).toBeNull();
    expect(await sessions.findLive('not a token')).toBeNull();
    const started = await start.start({});
    await query(`UPDATE guest_sessions SET expires_at = now() - interval '1 second' WHERE id = $1`, [started.guest_id]);
    expect(await sessions.findLive(started.token)).toBeNull();
  });

  it('converts on registration, once, publishing guest.converted in the same transaction', async () => {
    const { token, guest_id } = await start.start({ name: 'Jean' });
    const { user } = await signUp('converted@example.com', token);

    const [row] = await query<{ converted_user_id: string; converted_at: Date | null }>(`SELECT converted_user_id, converted_at FROM guest_sessions WHERE id = $1`, [guest_id]);
    expect(row.converted_user_id).toBe(user.id);
    expect(row.converted_at).toBeInstanceOf(Date);
    expect((await sessions.findLive(token))?.converted_user_id).toBe(user.id);
    const events = await query<{ envelope: { payload: unknown } }>(`SELECT envelope FROM outbox WHERE routing_key = 'guest.converted'`);
    expect(events.map((e) => e.envelope.payload)).toEqual([{ guest_id, user_id: user.id }]);

    // Single use: the second sign-up is refused as a whole, no account is left behind.
    const again = await rejection(signUp('second@example.com', token));
    expect(again.code).toBe('INVALID_TOKEN');
    expect(await query(`SELECT id FROM users WHERE email = 'second@example.com'`)).toEqual([]);
  });

  it('refuses an unknown or expired guest token and keeps no account', async () => {
    expect((await rejection(signUp('unknown@example.com', newGuestToken()))).code).toBe('INVALID_TOKEN');
    const expired = await start.start({});
    await query(`UPDATE guest_sessions SET expires_at = now() - interval '1 second' WHERE id = $1`, [expired.guest_id]);
    expect((await rejection(signUp('expired@example.com', expired.token))).code).toBe('INVALID_TOKEN');
    expect(await query(`SELECT id FROM users WHERE email IN ('unknown@example.com', 'expired@example.com')`)).toEqual([]);
  });

  it('lets only a customer account take over a guest session', async () => {
    const { token, guest_id } = await start.start({});
    expect((await rejection(signUp('driver@example.com', token, 'driver'))).code).toBe('VALIDATION_ERROR');
    expect(await query(`SELECT converted_user_id FROM guest_sessions WHERE id = $1`, [guest_id])).toEqual([{ converted_user_id: null }]);
  });

  it('of two registrations racing with one token, exactly one converts it', async () => {
    const { token } = await start.start({});
    const results = await Promise.allSettled([signUp('race-a@example.com', token), signUp('race-b@example.com', token)]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(refused?.reason.code).toBe('INVALID_TOKEN');
  });
});

describe('encrypting existing guests’ contact details (migration, PostgreSQL)', () => {
  let db: ThrowawaySchema | undefined;

  afterAll(async () => {
    await db?.drop();
  });

  it('encrypts phone and email of existing rows in place, and can undo it', async () => {
    const before = identityMigrations.filter((m) => m !== EncryptGuestContact1700000012000);
    db = await createThrowawaySchema('identity', { entities: identityEntities, migrations: before });
    await db.dataSource.query(
      `INSERT INTO guest_sessions (id, token_hash, name, phone, email, expires_at) VALUES
         ('20000000-0000-4000-8000-000000000001', 'h1', 'Old', '+237670000001', 'old@example.cm', now() + interval '1 day'),
         ('20000000-0000-4000-8000-000000000002', 'h2', 'Anon', NULL, NULL, now() + interval '1 day')`,
    );
    const runner = db.dataSource.createQueryRunner();
    try {
      await new EncryptGuestContact1700000012000().up(runner);
      const [withContact, without] = await runner.query(`SELECT phone, email FROM guest_sessions ORDER BY id`);
      expect(userPii.get().decrypt(withContact.phone)).toBe('+237670000001');
      expect(userPii.get().decrypt(withContact.email)).toBe('old@example.cm');
      expect(without).toEqual({ phone: null, email: null });
      await new EncryptGuestContact1700000012000().down(runner);
      expect(await runner.query(`SELECT phone, email FROM guest_sessions ORDER BY id`)).toEqual([
        { phone: '+237670000001', email: 'old@example.cm' },
        { phone: null, email: null },
      ]);
    } finally {
      await runner.release();
    }
  });
});

