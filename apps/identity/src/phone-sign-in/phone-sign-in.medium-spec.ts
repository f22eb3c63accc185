import { DataSource } from 'typeorm';
import { ThrowawaySchema, createThrowawaySchema, rejection } from '@platter/testing';
import { identityEntities } from '../identity.module';
import { identityMigrations } from '../migrations';
import { decodeBase32 } from '../auth/domain/base32';
import { hotp, totpStep } from '../auth/domain/totp';
import { IdentityConfig } from '../identity.config';
import { identityServices } from '../testing/identity-services';
import { OTP_MAX_ATTEMPTS } from './domain/phone-otp';

// Real PostgreSQL: SMS sign-in codes, from the request to the session.
describe('sign-in with a texted code against PostgreSQL', () => {
  let db: ThrowawaySchema;
  let dataSource: DataSource;
  let s: ReturnType<typeof identityServices>;
  const password = 'correct horse battery';

  const query = <T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> => dataSource.query(sql, params);
  /** The code as notifications would text it: read from the outbox event. */
  const lastCodeFor = async (userId: string): Promise<string> => {
    const [row] = await query<{ envelope: { payload: { code: string } } }>(
      `SELECT envelope FROM outbox WHERE routing_key = 'user.phone-otp-requested' AND envelope->'payload'->>'user_id' = $1 ORDER BY created_at DESC, id DESC LIMIT 1`,
      [userId],
    );
    return row.envelope.payload.code;
  };
  const wrongCode = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');

  beforeAll(async () => {
    db = await createThrowawaySchema('identity', { entities: identityEntities, migrations: identityMigrations });
    dataSource = db.dataSource;
    // A threshold above one code's five guesses, so the lockout does not hide the burning.
    s = identityServices(db.tx, Object.assign(new IdentityConfig(), { LOCKOUT_THRESHOLD: 20 }));
  });

  afterAll(async () => {
    await db?.drop();
  });

  it('texts a code to a known number only, with the same answer for an unknown one', async () => {
    const { user } = await s.register.register({ email: 'sms@example.cm', password, name: 'Sms', phone: '670 11 22 33' });
    await expect(s.requestPhoneOtp.request({ phone: '+237670112233' })).resolves.toEqual({ sent: true, expires_in: 300 });
    await expect(s.requestPhoneOtp.request({ phone: '+237699999999' })).resolves.toEqual({ sent: true, expires_in: 300 });
    const events = await query<{ envelope: { payload: { user_id: string; phone: string; code: string } } }>(`SELECT envelope FROM outbox WHERE routing_key = 'user.phone-otp-requested'`);
    expect(events.map((e) => e.envelope.payload)).toEqual([{ user_id: user.id, phone: '+237670112233', code: expect.stringMatching(/^\d{6}$/), expires_at: expect.any(String) }]);
    // Only a keyed hash of the code is stored.
    const [stored] = await query<{ code_hash: string }>(`SELECT code_hash FROM phone_otps WHERE user_id = $1`, [user.id]);
    expect(stored.code_hash).not.toContain(events[0].envelope.payload.code);
    expect((await rejection(s.requestPhoneOtp.request({ phone: 'not a phone' }))).code).toBe('VALIDATION_ERROR');
  });

  it('signs in once with the code, in the national form too; a spent code is refused', async () => {
    const [{ id }] = await query<{ id: string }>(`SELECT id FROM users WHERE email = 'sms@example.cm'`);
    const code = await lastCodeFor(id);
    const session = await s.signInWithPhoneOtp.signIn({ phone: '670112233', code });
    expect(session.user.id).toBe(id);
    await expect(s.refresh.refresh({ refresh_token: session.tokens.refresh_token })).resolves.toBeDefined();
    expect((await rejection(s.signInWithPhoneOtp.signIn({ phone: '+237670112233', code }))).code).toBe('INVALID_CREDENTIALS');
  });

  it('a new code spends the old one; five wrong guesses burn a code, and they count toward the lockout', async () => {
    const [{ id }] = await query<{ id: string }>(`SELECT id FROM users WHERE email = 'sms@example.cm'`);
    await s.requestPhoneOtp.request({ phone: '+237670112233' });
    await s.requestPhoneOtp.request({ phone: '+237670112233' });
    const second = await lastCodeFor(id);
    const open = await query(`SELECT 1 FROM phone_otps WHERE user_id = $1 AND used_at IS NULL`, [id]);
    expect(open).toHaveLength(1);

    const before = (await query<{ failed_login_count: number }>(`SELECT failed_login_count FROM users WHERE id = $1`, [id]))[0].failed_login_count;
    for (let i = 0; i < OTP_MAX_ATTEMPTS; i++) {
      expect((await rejection(s.signInWithPhoneOtp.signIn({ phone: '+237670112233', code: wrongCode(second) }))).code).toBe('INVALID_CREDENTIALS');
    }
    const [after] = await query<{ failed_login_count: number }>(`SELECT failed_login_count FROM users WHERE id = $1`, [id]);
    expect(after.failed_login_count).toBe(before + OTP_MAX_ATTEMPTS);
    // Burned: even the right code no longer works.
    expect((await rejection(s.signInWithPhoneOtp.signIn({ phone: '+237670112233', code: second }))).code).toBe('INVALID_CREDENTIALS');
    expect(await query(`SELECT 1 FROM audit_log WHERE action = 'login.failed' AND target = $1 AND detail = 'phone code wrong-and-burned'`, [id])).toHaveLength(1);
  });

  it('needs the second factor too when 2FA is on, and keeps the texted code until it is given', async () => {
    const { user } = await s.register.register({ email: 'sms2@example.cm', password, name: 'Sms Two', phone: '+237670445566' });
    const actor = { user_id: user.id, role: 'customer' as const };
    const { secret } = await s.setUpTwoFactor.setUp(actor);
    const totp = (offset = 0) => hotp(decodeBase32(secret)!, totpStep(Date.now()) + offset);
    await s.enableTwoFactor.enable(actor, { code: totp() });
    await s.requestPhoneOtp.request({ phone: '+237670445566' });
    const code = await lastCodeFor(user.id);
    expect((await rejection(s.signInWithPhoneOtp.signIn({ phone: '+237670445566', code }))).code).toBe('TOTP_REQUIRED');
    expect((await rejection(s.signInWithPhoneOtp.signIn({ phone: '+237670445566', code, totp_code: '000000' === totp() ? '111111' : '000000' }))).code).toBe('INVALID_TOTP');
    // A code of the next step (the previous one was spent enabling 2FA) completes the sign-in.
    const session = await s.signInWithPhoneOtp.signIn({ phone: '+237670445566', code, totp_code: totp(1) });
    expect(session.user.id).toBe(user.id);
  });
});
