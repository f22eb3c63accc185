import { DataSource } from 'typeorm';
import { Actor } from '@platter/contracts';
import { ThrowawaySchema, createThrowawaySchema, rejection } from '@platter/testing';
import { identityEntities } from '../identity.module';
import { identityMigrations } from '../migrations';
import { IdentityServices, identityServices } from '../testing/identity-services';
import { decodeBase32 } from './domain/base32';
import { hotp, totpStep } from './domain/totp';

// Real PostgreSQL: wrong second-factor codes share the password lockout, and a reused refresh
// token's alert commits with the revocation even though the request is refused.
describe('2FA lockout and refresh-reuse alerts against PostgreSQL', () => {
  let db: ThrowawaySchema;
  let dataSource: DataSource;
  let services: IdentityServices;
  const password = 'correct horse battery';

  const query = <T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> => dataSource.query(sql, params);
  const codeFor = (secret: string, offset = 0) => hotp(decodeBase32(secret)!, totpStep(Date.now()) + offset);
  const wrongCode = (secret: string) => {
    const window = [-1, 0, 1].map((offset) => codeFor(secret, offset));
    return ['000000', '111111', '222222', '333333'].find((candidate) => !window.includes(candidate))!;
  };
  /** The lock for sign-ins whose address is unknown (source ''), as these calls carry no client. */
  const lockOf = async (id: string) =>
    (
      await query<{ failed_login_count: number; locked: boolean | null }>(
        `SELECT failed_count AS failed_login_count, locked_until > now() AS locked FROM login_source_locks WHERE user_id = $1 AND source = ''`,
        [id],
      )
    )[0] ?? { failed_login_count: 0, locked: null };

  beforeAll(async () => {
    const migrations = identityMigrations;
    db = await createThrowawaySchema('identity', { entities: identityEntities, migrations });
    dataSource = db.dataSource;
    services = await identityServices(db);
  });

  afterAll(async () => {
    await db?.drop();
  });

  /** A user with TOTP on; the code that enabled it (step -1) is spent, so later steps are free. */
  async function userWithTwoFactor(email: string): Promise<{ actor: Actor; secret: string }> {
    const { user } = await services.register.register({ email, password, name: 'Awa' });
    const actor: Actor = { user_id: user.id, role: user.role };
    const { secret } = await services.setUpTwoFactor.setUp(actor);
    await services.enableTwoFactor.enable(actor, { code: codeFor(secret, -1) });
    return { actor, secret };
  }

  it('counts wrong TOTP codes after the right password: INVALID_TOTP until locked, then the locked answer', async () => {
    const email = `locked-2fa-${Date.now()}@example.cm`;
    const { actor, secret } = await userWithTwoFactor(email);

    for (let attempt = 1; attempt <= 4; attempt++) {
      expect((await rejection(services.logIn.logIn({ email, password, totp_code: wrongCode(secret) }))).code).toBe('INVALID_TOTP');
    }
    expect(await lockOf(actor.user_id)).toEqual({ failed_login_count: 4, locked: null });
    // The fifth wrong code is still told it was wrong, and locks.
    expect((await rejection(services.logIn.logIn({ email, password, totp_code: wrongCode(secret) }))).code).toBe('INVALID_TOTP');
    expect(await lockOf(actor.user_id)).toEqual({ failed_login_count: 0, locked: true });
    expect(await query(`SELECT detail FROM audit_log WHERE action = 'login.locked-out' AND target = $1`, [actor.user_id])).toEqual([
      { detail: expect.stringMatching(/^locked from an unknown address until /) },
    ]);

    // Locked: even the right password and code get the answer of a wrong password.
    const locked = await rejection(services.logIn.logIn({ email, password, totp_code: codeFor(secret, 1) }));
    expect(locked.toJSON()).toEqual({ code: 'INVALID_CREDENTIALS', message: 'Invalid email or password' });
  });

  it('counts wrong passwords and wrong codes together, and a full login clears the count', async () => {
    const email = `mixed-2fa-${Date.now()}@example.cm`;
    const { actor, secret } = await userWithTwoFactor(email);
    await rejection(services.logIn.logIn({ email, password: 'not the password' }));
    await rejection(services.logIn.logIn({ email, password, totp_code: wrongCode(secret) }));
    expect((await lockOf(actor.user_id)).failed_login_count).toBe(2);
    // Asking without a code is how clients learn 2FA is on: not a failure.
    expect((await rejection(services.logIn.logIn({ email, password }))).code).toBe('TOTP_REQUIRED');
    expect((await lockOf(actor.user_id)).failed_login_count).toBe(2);
    await services.logIn.logIn({ email, password, totp_code: codeFor(secret, 0) });
    expect(await lockOf(actor.user_id)).toEqual({ failed_login_count: 0, locked: null });
  });

  it('counts wrong codes to disable 2FA or regenerate backup codes too, and refuses both while locked', async () => {
    const email = `settings-2fa-${Date.now()}@example.cm`;
    const { actor, secret } = await userWithTwoFactor(email);
    for (let attempt = 1; attempt <= 3; attempt++) {
      expect((await rejection(services.disableTwoFactor.disable(actor, { code: wrongCode(secret) }))).code).toBe('INVALID_TOTP');
    }
    for (let attempt = 1; attempt <= 2; attempt++) {
      expect((await rejection(services.regenerateBackupCodes.regenerate(actor, { code: wrongCode(secret) }))).code).toBe('INVALID_TOTP');
    }
    expect(await lockOf(actor.user_id)).toEqual({ failed_login_count: 0, locked: true });
    const refused = await rejection(services.disableTwoFactor.disable(actor, { code: codeFor(secret, 0) }));
    expect([refused.code, refused.status]).toEqual(['FORBIDDEN', 403]);
    expect((await rejection(services.regenerateBackupCodes.regenerate(actor, { code: codeFor(secret, 1) }))).code).toBe('FORBIDDEN');
    expect(await query(`SELECT enabled_at IS NOT NULL AS enabled FROM two_factor WHERE user_id = $1`, [actor.user_id])).toEqual([{ enabled: true }]);
  });

  it('revokes the family on reuse and commits user.security-alert with it, although the answer is 401', async () => {
    const email = `reuse-${Date.now()}@example.cm`;
    const { user, tokens } = await services.register.register({ email, password, name: 'Ngozi' });
    await services.refresh.refresh({ refresh_token: tokens.refresh_token });
    const client = { ip: '203.0.113.7', user_agent: 'curl/8.9' };

    const reused = await rejection(services.refresh.refresh({ refresh_token: tokens.refresh_token, client }));
    expect([reused.code, reused.status]).toEqual(['INVALID_TOKEN', 401]);

    const alerts = await query<{ envelope: { type: string; payload: Record<string, unknown> } }>(
      `SELECT envelope FROM outbox WHERE routing_key = 'user.security-alert' AND envelope->'payload'->>'user_id' = $1`,
      [user.id],
    );
    expect(alerts).toHaveLength(1);
    expect(alerts[0].envelope.payload).toEqual({
      user_id: user.id, email, name: 'Ngozi', kind: 'refresh_token_reuse', occurred_at: expect.any(String), ip: '203.0.113.7', user_agent: 'curl/8.9',
    });
    expect(await query(`SELECT revoke_reason FROM sessions WHERE user_id = $1`, [user.id])).toEqual([{ revoke_reason: 'refresh-token-reuse' }]);
    expect(await query(`SELECT action, ip, detail FROM audit_log WHERE target = $1 AND action = 'security-alert.raised'`, [user.id])).toEqual([
      { action: 'security-alert.raised', ip: '203.0.113.7', detail: 'refresh_token_reuse' },
    ]);

    // Once the family is revoked, presenting its tokens again raises no further alert.
    await rejection(services.refresh.refresh({ refresh_token: tokens.refresh_token }));
    expect(await query(`SELECT 1 FROM outbox WHERE routing_key = 'user.security-alert' AND envelope->'payload'->>'user_id' = $1`, [user.id])).toHaveLength(1);
  });
});
