import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuthResult, ConflictError } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { ThrowawaySchema, createThrowawaySchema, rejection } from '@platter/testing';
import { EnsureAdmin } from '../admin-bootstrap/ensure-admin.service';
import { AccessTokenVerifier, JwksKeyStore } from '@platter/auth';
import { IdentityConfig } from '../identity.config';
import { identityEntities } from '../identity.module';
import { GrantOwnerMembershipService } from '../memberships/commands/grant-owner-membership/grant-owner-membership.service';
import { identityMigrations } from '../migrations';
import { SigningKeyRepository } from '../signing-keys/signing-key.repository';
import { SigningKeys } from '../signing-keys/signing-keys.service';
import { LogInService } from './commands/log-in/log-in.service';
import { LogOutService } from './commands/log-out/log-out.service';
import { RefreshSessionService } from './commands/refresh-session/refresh-session.service';
import { RegisterUserService } from './commands/register-user/register-user.service';
import { identityServices } from '../testing/identity-services';

function configWith(overrides: Partial<IdentityConfig> = {}): IdentityConfig {
  return Object.assign(new IdentityConfig(), overrides);
}

// Real PostgreSQL: a throwaway schema in platter_test, migrated like the service's own.
describe('identity auth against PostgreSQL', () => {
  let db: ThrowawaySchema;
  let dataSource: DataSource;
  let tx: TransactionHost;
  let config: IdentityConfig;
  let keys: SigningKeys;
  let register: RegisterUserService;
  let logIn: LogInService;
  let refresh: RefreshSessionService;
  let logOut: LogOutService;
  let grantOwnerMembership: GrantOwnerMembershipService;

  const query = <T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> => dataSource.query(sql, params);
  const jwks = async () => ({ keys: await keys.publicKeys() });
  /** Checked as the gateway checks it, against identity's current JWKS. */
  const verifyAccessToken = async (token: string) => new AccessTokenVerifier(new JwksKeyStore(jwks)).verify(token);

  beforeAll(async () => {
    db = await createThrowawaySchema('identity', { entities: identityEntities, migrations: identityMigrations });
    ({ dataSource, tx } = db);
    config = configWith();
    ({ keys, register, logIn, refresh, logOut, grantOwnerMembership } = await identityServices(db, config));
  });

  afterAll(async () => {
    await db?.drop();
  });

  it('registers, logs in, rotates, detects reuse and logs out', async () => {
    const registered = await register.register({ email: ' Ada@Example.com', password: 'analytical engine', name: 'Ada', role: 'restaurant_owner' });
    expect(registered.user).toEqual({
      id: expect.any(String),
      email: 'ada@example.com',
      name: 'Ada',
      phone: null,
      role: 'restaurant_owner',
      status: 'active',
      email_verified: false,
      created_at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
    });
    expect(registered.tokens).toMatchObject({ expires_in: 900, token_type: 'Bearer' });
    const userId = registered.user.id;

    // user.registered and the email-verification link committed to the outbox with the account.
    const outbox = await query<{ routing_key: string; envelope: { payload: unknown; producer: string } }>(`SELECT routing_key, envelope FROM outbox ORDER BY seq`);
    expect(outbox).toEqual([
      {
        routing_key: 'user.registered',
        envelope: expect.objectContaining({
          producer: 'identity',
          payload: { user_id: userId, email: 'ada@example.com', name: 'Ada', phone: null, role: 'restaurant_owner' },
        }),
      },
      {
        routing_key: 'user.email-verification-requested',
        envelope: expect.objectContaining({ payload: expect.objectContaining({ user_id: userId, email: 'ada@example.com', name: 'Ada' }) }),
      },
    ]);
    const [stored] = await query<{ password_hash: string }>(`SELECT password_hash FROM users WHERE id = $1`, [userId]);
    expect(stored.password_hash.startsWith('$argon2id$')).toBe(true);

    // Login: one generic answer for a wrong password and an unknown email.
    const wrong = await rejection(logIn.logIn({ email: 'ada@example.com', password: 'difference engine' }));
    const unknown = await rejection(logIn.logIn({ email: 'nobody@example.com', password: 'difference engine' }));
    for (const err of [wrong, unknown]) expect(err.toJSON()).toEqual({ code: 'INVALID_CREDENTIALS', message: 'Invalid email or password' });
    expect(wrong.status).toBe(401);

    const login = await logIn.logIn({ email: 'ADA@example.com', password: 'analytical engine' });
    const claims = await verifyAccessToken(login.tokens.access_token);
    expect(claims).toMatchObject({ user_id: userId, role: 'restaurant_owner', email: 'ada@example.com' });
    expect(claims.sid).not.toBe((await verifyAccessToken(registered.tokens.access_token)).sid);

    // Rotation keeps the family (sid) and hands out a new refresh token.
    const first = login.tokens.refresh_token;
    const rotated = await refresh.refresh({ refresh_token: first });
    expect(rotated.tokens.refresh_token).not.toBe(first);
    expect((await verifyAccessToken(rotated.tokens.access_token)).sid).toBe(claims.sid);
    const [{ token_hash_count }] = await query<{ token_hash_count: string }>(`SELECT count(*) AS token_hash_count FROM refresh_tokens WHERE token_hash = $1`, [first]);
    expect(token_hash_count).toBe('0'); // never stored in clear

    // The old token again: reuse, the family ends, so the newer token fails as well.
    expect((await rejection(refresh.refresh({ refresh_token: first }))).code).toBe('INVALID_TOKEN');
    expect((await rejection(refresh.refresh({ refresh_token: rotated.tokens.refresh_token }))).code).toBe('INVALID_TOKEN');
    const [family] = await query<{ revoke_reason: string }>(`SELECT revoke_reason FROM sessions WHERE id = $1`, [claims.sid]);
    expect(family.revoke_reason).toBe('refresh-token-reuse');

    // The registration's own session is untouched; logging it out ends it.
    const actor = { user_id: userId, role: registered.user.role };
    await expect(logOut.logOut(actor, { refresh_token: registered.tokens.refresh_token })).resolves.toEqual({ logged_out: true });
    expect((await rejection(refresh.refresh({ refresh_token: registered.tokens.refresh_token }))).code).toBe('INVALID_TOKEN');

    const audit = await query<{ action: string }>(`SELECT action FROM audit_log ORDER BY at, action`);
    expect(audit.map((a) => a.action).sort()).toEqual(
      ['user.registered', 'email-verification.requested', 'login.failed', 'login.failed', 'login.succeeded', 'refresh.reuse-detected', 'security-alert.raised', 'logout'].sort(),
    );
  });

  it('refuses duplicates, admin sign-ups and weak passwords', async () => {
    const data = { email: 'grace@example.com', password: 'cobol rules', name: 'Grace', phone: '+237600000001' };
    await register.register(data);
    const byEmail = await rejection(register.register({ ...data, email: 'GRACE@example.com', phone: undefined }));
    expect(byEmail).toBeInstanceOf(ConflictError);
    expect(byEmail.status).toBe(409);
    expect((await rejection(register.register({ ...data, email: 'other@example.com' }))).message).toMatch(/phone/);

    const admin = await rejection(register.register({ ...data, email: 'mallory@example.com', phone: undefined, role: 'admin' as 'customer' }));
    expect(admin.code).toBe('VALIDATION_ERROR');
    expect(admin.details).toEqual([{ field: 'role', message: expect.stringContaining('customer') }]);
    expect((await rejection(register.register({ ...data, email: 'weak@example.com', phone: undefined, password: 'short' }))).code).toBe(
      'VALIDATION_ERROR',
    );
    const common = await rejection(register.register({ ...data, email: 'weak@example.com', phone: undefined, password: 'Password123!' }));
    expect([common.code, common.details]).toEqual(['VALIDATION_ERROR', [{ field: 'password', message: 'password is too common or too easy to guess' }]]);
    expect(await query(`SELECT 1 FROM users WHERE email = 'weak@example.com'`)).toEqual([]);
  });

  it('logs out the session named by the access token sid, only for its owner', async () => {
    const { user, tokens } = await register.register({ email: 'linus@example.com', password: 'penguins!!', name: 'Linus' });
    const { sid } = await verifyAccessToken(tokens.access_token);
    const stranger = { user_id: randomUUID(), role: 'customer' as const };
    await logOut.logOut(stranger, { session_id: sid });
    const next: AuthResult = await refresh.refresh({ refresh_token: tokens.refresh_token });

    await logOut.logOut({ user_id: user.id, role: user.role }, { session_id: sid });
    expect((await rejection(refresh.refresh({ refresh_token: next.tokens.refresh_token }))).code).toBe('INVALID_TOKEN');
    expect((await rejection(logOut.logOut(null, { session_id: sid }))).code).toBe('AUTH_REQUIRED');
  });

  it('rejects an expired refresh token and refuses suspended accounts', async () => {
    const { user, tokens } = await register.register({ email: 'ken@example.com', password: 'unix epoch', name: 'Ken' });
    await query(`UPDATE refresh_tokens SET expires_at = now() - interval '1 second'`);
    expect((await rejection(refresh.refresh({ refresh_token: tokens.refresh_token }))).code).toBe('INVALID_TOKEN');

    await query(`UPDATE users SET status = 'suspended' WHERE id = $1`, [user.id]);
    const blocked = await rejection(logIn.logIn({ email: 'ken@example.com', password: 'unix epoch' }));
    expect(blocked.code).toBe('FORBIDDEN');
  });

  it('creates one signing key even when two instances start at once on an empty table', async () => {
    await query(`DELETE FROM signing_keys`);
    // Two instances of the service: two SigningKeys over the same table, not one shared provider.
    const [a, b] = await Promise.all([new SigningKeys(tx, new SigningKeyRepository(tx), config).current(), new SigningKeys(tx, new SigningKeyRepository(tx), config).current()]);
    expect(a.kid).toBe(b.kid);
    expect(await query(`SELECT kid FROM signing_keys`)).toEqual([{ kid: a.kid }]);
  });

  it('ensures the configured admin idempotently, taking over a same-email account', async () => {
    const squatter = await register.register({ email: 'root@example.com', password: 'i got here first', name: 'Mallory' });
    // EnsureAdmin as a starting instance builds it, with this deployment's ADMIN_EMAIL and ADMIN_PASSWORD.
    const ensure = async (password: string) => (await identityServices(db, configWith({ ADMIN_EMAIL: 'Root@Example.com', ADMIN_PASSWORD: password }))).get(EnsureAdmin);
    const [first, second] = await Promise.all([ensure('operator-secret'), ensure('operator-secret')]);
    await Promise.all([first.ensure(), second.ensure()]);
    await (await ensure('operator-secret')).ensure();

    const rows = await query<{ role: string; status: string }>(`SELECT role, status FROM users WHERE email = 'root@example.com'`);
    expect(rows).toEqual([{ role: 'admin', status: 'active' }]);
    expect((await rejection(refresh.refresh({ refresh_token: squatter.tokens.refresh_token }))).code).toBe('INVALID_TOKEN');
    expect((await rejection(logIn.logIn({ email: 'root@example.com', password: 'i got here first' }))).code).toBe('INVALID_CREDENTIALS');
    expect((await logIn.logIn({ email: 'root@example.com', password: 'operator-secret' })).user.role).toBe('admin');

    await (await ensure('rotated-secret')).ensure(); // a changed ADMIN_PASSWORD wins on the next start
    expect((await rejection(logIn.logIn({ email: 'root@example.com', password: 'operator-secret' }))).code).toBe('INVALID_CREDENTIALS');
    expect((await logIn.logIn({ email: 'root@example.com', password: 'rotated-secret' })).user.role).toBe('admin');

    const outbox = await query<{ n: string }>(`SELECT count(*) AS n FROM outbox WHERE envelope->'payload'->>'role' = 'admin'`);
    expect(outbox).toEqual([{ n: '0' }]); // taking over an account registers nobody new
  });

  it('creates the configured admin when no account has its email', async () => {
    const withAdmin = await identityServices(db, configWith({ ADMIN_EMAIL: 'ops@example.com', ADMIN_PASSWORD: 'ops-password' }));
    await withAdmin.get(EnsureAdmin).ensure();
    expect((await logIn.logIn({ email: 'ops@example.com', password: 'ops-password' })).user).toMatchObject({ role: 'admin', email_verified: true });
    const events = await query(`SELECT envelope->'payload'->>'email' AS email FROM outbox WHERE envelope->'payload'->>'role' = 'admin'`);
    expect(events).toEqual([{ email: 'ops@example.com' }]);
  });

  it('grants the owner membership of an approved restaurant once', async () => {
    const grant = grantOwnerMembership;
    const approved = { restaurant_id: randomUUID(), owner_id: randomUUID(), name: 'Chez Ada', currency: 'XAF' };
    await grant.grant(approved);
    await grant.grant(approved);
    expect(await query(`SELECT user_id, restaurant_id, role FROM restaurant_memberships WHERE restaurant_id = $1`, [approved.restaurant_id])).toEqual([
      { user_id: approved.owner_id, restaurant_id: approved.restaurant_id, role: 'owner' },
    ]);
  });
});
