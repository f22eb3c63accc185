import { DataSource } from 'typeorm';
import { ThrowawaySchema, createThrowawaySchema, rejection } from '@platter/testing';
import type { AccountEmailTokenIssued } from '@platter/contracts';
import { identityEntities } from '../identity.module';
import { identityMigrations } from '../migrations';
import { IdentityServices, identityServices } from '../testing/identity-services';
import { hashOneTimeToken } from './domain/one-time-token';

// Real PostgreSQL: tokens are spent by a conditional UPDATE and issued under the account's row lock.
describe('password reset and email verification against PostgreSQL', () => {
  let db: ThrowawaySchema;
  let dataSource: DataSource;
  let services: IdentityServices;
  const password = 'correct horse battery';
  const newPassword = 'a brand new passphrase';
  const invalidLink = { code: 'INVALID_ONE_TIME_TOKEN', message: 'This link is invalid, expired or already used; ask for a new one' };

  const query = <T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> => dataSource.query(sql, params);
  /** What identity publishes for an emailed link. */
  type TokenEvent = AccountEmailTokenIssued;
  /** The payloads of `type` for a user in the outbox, oldest first: what notifications will receive. */
  const eventsOf = async (type: string, userId: string) =>
    (
      await query<{ envelope: { payload: TokenEvent } }>(
        `SELECT envelope FROM outbox WHERE routing_key = $1 AND envelope->'payload'->>'user_id' = $2 ORDER BY seq`,
        [type, userId],
      )
    ).map((row) => row.envelope.payload);
  const latestToken = async (type: string, userId: string) => (await eventsOf(type, userId)).at(-1)!.token;
  const userRow = async (id: string) =>
    (
      await query<{ email_verified: boolean; failed_login_count: number; locked: boolean | null }>(
        `SELECT email_verified, failed_login_count, locked_until > now() AS locked FROM users WHERE id = $1`,
        [id],
      )
    )[0];
  const signUp = (name: string) => services.register.register({ email: `${name}@example.cm`, password, name });

  beforeAll(async () => {
    db = await createThrowawaySchema('identity', { entities: identityEntities, migrations: identityMigrations });
    dataSource = db.dataSource;
    services = await identityServices(db);
  });

  afterAll(async () => {
    await db?.drop();
  });

  it('sends a verification link at registration; the link verifies the email once', async () => {
    const { user } = await signUp('vera');
    expect(user.email_verified).toBe(false);
    const [event] = await eventsOf('user.email-verification-requested', user.id);
    expect(event).toEqual({ user_id: user.id, email: 'vera@example.cm', name: 'vera', token: expect.stringMatching(/^[\w-]{43}$/), expires_at: expect.any(String) });
    const lifetimeHours = (Date.parse(event.expires_at) - Date.now()) / 3_600_000;
    expect(lifetimeHours).toBeGreaterThan(47.9);
    expect(lifetimeHours).toBeLessThanOrEqual(48);
    // Only the hash is stored.
    expect(await query(`SELECT purpose, token_hash FROM one_time_tokens WHERE user_id = $1`, [user.id])).toEqual([
      { purpose: 'email_verification', token_hash: hashOneTimeToken(event.token) },
    ]);

    expect(await services.verifyEmail.verify({ token: event.token })).toEqual({ email_verified: true });
    expect((await userRow(user.id)).email_verified).toBe(true);
    expect((await rejection(services.verifyEmail.verify({ token: event.token }))).toJSON()).toEqual(invalidLink);
    expect(await query(`SELECT actor_id FROM audit_log WHERE action = 'email.verified' AND target = $1`, [user.id])).toEqual([{ actor_id: user.id }]);
    // A verification token is no reset token.
    expect((await rejection(services.resetPassword.reset({ token: event.token, password: newPassword }))).toJSON()).toEqual(invalidLink);
  });

  it('resends a verification link that replaces the earlier one, and refuses once verified', async () => {
    const { user } = await signUp('resa');
    const first = await latestToken('user.email-verification-requested', user.id);
    const actor = { user_id: user.id, role: user.role };
    const resent = await services.resendEmailVerification.resend(actor);
    const second = await latestToken('user.email-verification-requested', user.id);
    expect(second).not.toBe(first);
    expect(resent.expires_at).toBe((await eventsOf('user.email-verification-requested', user.id)).at(-1)!.expires_at);

    expect((await rejection(services.verifyEmail.verify({ token: first }))).toJSON()).toEqual(invalidLink);
    await services.verifyEmail.verify({ token: second });
    expect((await rejection(services.resendEmailVerification.resend(actor))).toJSON()).toEqual({
      code: 'EMAIL_ALREADY_VERIFIED',
      message: 'This email address is already verified',
    });
  });

  it('answers forgot-password the same for unknown emails and publishes nothing for them', async () => {
    const outboxBefore = await query(`SELECT id FROM outbox`);
    expect(await services.requestPasswordReset.request({ email: 'nobody@example.cm' })).toEqual({ requested: true });
    expect(await query(`SELECT id FROM outbox`)).toEqual(outboxBefore);

    const { user } = await signUp('known');
    expect(await services.requestPasswordReset.request({ email: '  KNOWN@example.cm ' })).toEqual({ requested: true });
    const [event] = await eventsOf('user.password-reset-requested', user.id);
    expect(event).toMatchObject({ user_id: user.id, email: 'known@example.cm', name: 'known' });
    const lifetimeMinutes = (Date.parse(event.expires_at) - Date.now()) / 60_000;
    expect(lifetimeMinutes).toBeGreaterThan(29.9);
    expect(lifetimeMinutes).toBeLessThanOrEqual(30);

    // A suspended account gets the same answer and no link.
    await query(`UPDATE users SET status = 'suspended' WHERE id = $1`, [user.id]);
    expect(await services.requestPasswordReset.request({ email: 'known@example.cm' })).toEqual({ requested: true });
    expect(await eventsOf('user.password-reset-requested', user.id)).toHaveLength(1);
    // And a link sent before the suspension does not reopen it.
    expect((await rejection(services.resetPassword.reset({ token: event.token, password: newPassword }))).toJSON()).toEqual(invalidLink);
  });

  it('keeps only the newest reset link working, and refuses an expired one', async () => {
    const { user } = await signUp('twice');
    await services.requestPasswordReset.request({ email: 'twice@example.cm' });
    const older = await latestToken('user.password-reset-requested', user.id);
    await services.requestPasswordReset.request({ email: 'twice@example.cm' });
    const newer = await latestToken('user.password-reset-requested', user.id);
    expect((await rejection(services.resetPassword.reset({ token: older, password: newPassword }))).toJSON()).toEqual(invalidLink);

    await query(`UPDATE one_time_tokens SET expires_at = now() - interval '1 second' WHERE token_hash = $1`, [hashOneTimeToken(newer)]);
    expect((await rejection(services.resetPassword.reset({ token: newer, password: newPassword }))).toJSON()).toEqual(invalidLink);
    expect((await rejection(services.resetPassword.reset({ token: 'not a token', password: newPassword }))).toJSON()).toEqual(invalidLink);
  });

  it('resets: unlocks the account, ends every session, verifies the email, and the link works once', async () => {
    const { user, tokens } = await signUp('locked');
    const credentials = { email: 'locked@example.cm', password };
    for (let i = 0; i < 5; i++) await rejection(services.logIn.logIn({ ...credentials, password: `wrong password ${i}` }));
    // Five wrong passwords lock this account from this source (calls here carry no address): the right one is refused too.
    expect((await rejection(services.logIn.logIn(credentials))).toJSON()).toMatchObject({ code: 'INVALID_CREDENTIALS' });

    await services.requestPasswordReset.request({ email: credentials.email });
    const token = await latestToken('user.password-reset-requested', user.id);
    // A weak password is refused without spending the link.
    const weak = await rejection(services.resetPassword.reset({ token, password: 'locked12345' }));
    expect(weak.toJSON()).toMatchObject({ code: 'VALIDATION_ERROR', details: [{ field: 'password', message: expect.any(String) }] });

    expect(await services.resetPassword.reset({ token, password: newPassword })).toEqual({ password_reset: true });
    expect(await userRow(user.id)).toEqual({ email_verified: true, failed_login_count: 0, locked: null });
    // Never verified before: the account is claimed from whoever opened it, sessions included.
    expect(await query(`SELECT revoke_reason FROM sessions WHERE user_id = $1`, [user.id])).toEqual([{ revoke_reason: 'unverified-account-claimed' }]);
    expect((await rejection(services.refresh.refresh({ refresh_token: tokens.refresh_token }))).toJSON()).toMatchObject({ code: 'INVALID_TOKEN' });
    expect(await eventsOf('user.password-changed', user.id)).toEqual([{ user_id: user.id }]);
    expect(await query(`SELECT actor_id FROM audit_log WHERE action = 'password.reset' AND target = $1`, [user.id])).toEqual([{ actor_id: user.id }]);
    // The pending verification link, and the unlock link the lock emailed, have nothing left to do.
    expect(await eventsOf('user.account-unlock-requested', user.id)).toHaveLength(1);
    expect(await query(`SELECT 1 FROM one_time_tokens WHERE user_id = $1 AND used_at IS NULL`, [user.id])).toEqual([]);

    expect((await rejection(services.logIn.logIn(credentials))).toJSON()).toMatchObject({ code: 'INVALID_CREDENTIALS' });
    expect((await services.logIn.logIn({ ...credentials, password: newPassword })).user.id).toBe(user.id);
    expect((await rejection(services.resetPassword.reset({ token, password: 'yet another passphrase' }))).toJSON()).toEqual(invalidLink);
  });

  it("claims a never-verified account from its opener (phone, second factor), but leaves a verified owner's as they are", async () => {
    const squatted = await services.register.register({ email: 'squatted@example.cm', password, name: 'Opener', phone: '+237670123000' });
    const mine = await services.register.register({ email: 'mine@example.cm', password, name: 'Owner', phone: '+237670123001' });
    await query(`UPDATE users SET email_verified = true WHERE id = $1`, [mine.user.id]);
    for (const { user } of [squatted, mine]) {
      await query(`INSERT INTO two_factor (user_id, secret, enabled_at) SELECT $1, 'JBSWY3DPEHPK3PXP', now()`, [user.id]);
      await services.requestPasswordReset.request({ email: user.email });
      await services.resetPassword.reset({ token: await latestToken('user.password-reset-requested', user.id), password: newPassword });
    }
    const rows = await query<{ email: string; phone: string | null; two_factor: boolean }>(
      `SELECT email, phone, EXISTS (SELECT 1 FROM two_factor t WHERE t.user_id = u.id) AS two_factor FROM users u WHERE id IN ($1, $2) ORDER BY email`,
      [squatted.user.id, mine.user.id],
    );
    expect(rows.map((r) => ({ email: r.email, hasPhone: r.phone !== null, two_factor: r.two_factor }))).toEqual([
      { email: 'mine@example.cm', hasPhone: true, two_factor: true },
      { email: 'squatted@example.cm', hasPhone: false, two_factor: false },
    ]);
    expect(await query(`SELECT 1 FROM audit_log WHERE action = 'account.unverified-claimed' AND target = $1`, [squatted.user.id])).toHaveLength(1);
  });

  it('lets exactly one of two concurrent uses of a link win', async () => {
    const { user } = await signUp('race');
    await services.requestPasswordReset.request({ email: 'race@example.cm' });
    const token = await latestToken('user.password-reset-requested', user.id);
    const outcomes = await Promise.allSettled([
      services.resetPassword.reset({ token, password: 'first racing passphrase' }),
      services.resetPassword.reset({ token, password: 'second racing passphrase' }),
    ]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected']);
    const lost = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected')!;
    expect(lost.reason).toMatchObject({ code: 'INVALID_ONE_TIME_TOKEN' });
    expect(await eventsOf('user.password-changed', user.id)).toHaveLength(1);
  });
});
