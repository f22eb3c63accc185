import { DataSource } from 'typeorm';
import { Actor } from '@platter/contracts';
import { ThrowawaySchema, createThrowawaySchema, rejection } from '@platter/testing';
import { decodeBase32 } from '../auth/domain/base32';
import { hotp, totpStep } from '../auth/domain/totp';
import { IdentityConfig } from '../identity.config';
import { identityEntities } from '../identity.module';
import { identityMigrations } from '../migrations';
import { IdentityServices, identityServices } from '../testing/identity-services';
import { OTP_MAX_ATTEMPTS } from './domain/phone-otp';

// Real PostgreSQL: texted codes, from proving a phone to signing in with it.
describe('texted codes against PostgreSQL', () => {
  let db: ThrowawaySchema;
  let dataSource: DataSource;
  let s: IdentityServices;
  const password = 'correct horse battery';
  const phone = '+237670112233';
  let sms: Actor;

  const query = <T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> => dataSource.query(sql, params);
  /** Every code texted to a user so far, as notifications would receive them (from the outbox). */
  const textsTo = async (userId: string): Promise<string[]> =>
    (
      await query<{ envelope: { payload: { code: string } } }>(
        `SELECT envelope FROM outbox WHERE routing_key = 'user.phone-otp-requested' AND envelope->'payload'->>'user_id' = $1 ORDER BY seq`,
        [userId],
      )
    ).map((row) => row.envelope.payload.code);
  const lastCodeFor = async (userId: string) => (await textsTo(userId)).at(-1)!;
  /** Lets the per-account minute between texts pass. */
  const aMinuteLater = (userId: string) => query(`UPDATE phone_otps SET created_at = created_at - interval '61 seconds' WHERE user_id = $1`, [userId]);
  const wrongCode = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');

  beforeAll(async () => {
    db = await createThrowawaySchema('identity', { entities: identityEntities, migrations: identityMigrations });
    dataSource = db.dataSource;
    // A threshold above one code's five guesses, so the lockout does not hide the burning.
    s = await identityServices(db, Object.assign(new IdentityConfig(), { LOCKOUT_THRESHOLD: 20 }));
    const { user } = await s.register.register({ email: 'sms@example.cm', password, name: 'Sms', phone: '670 11 22 33' });
    sms = { user_id: user.id, role: 'customer' };
  });

  afterAll(async () => {
    await db?.drop();
  });

  it('texts no sign-in code to a phone nobody proved, and the same answer as for an unknown number', async () => {
    await expect(s.requestPhoneOtp.request({ phone })).resolves.toEqual({ sent: true, expires_in: 300 });
    await expect(s.requestPhoneOtp.request({ phone: '+237699999999' })).resolves.toEqual({ sent: true, expires_in: 300 });
    expect(await textsTo(sms.user_id)).toEqual([]);
    expect((await rejection(s.requestPhoneOtp.request({ phone: 'not a phone' }))).code).toBe('VALIDATION_ERROR');
  });

  it('proves the phone with a code texted to it; a wrong code is refused and counted', async () => {
    await s.requestPhoneVerification.request(sms);
    const code = await lastCodeFor(sms.user_id);
    // Only a keyed hash of the code is stored.
    const [stored] = await query<{ code_hash: string; purpose: string }>(`SELECT code_hash, purpose FROM phone_otps WHERE user_id = $1`, [sms.user_id]);
    expect(stored.purpose).toBe('verify_phone');
    expect(stored.code_hash).not.toContain(code);
    expect((await rejection(s.verifyPhone.verify(sms, wrongCode(code)))).code).toBe('INVALID_PHONE_CODE');
    expect(await query(`SELECT attempts FROM phone_otps WHERE user_id = $1`, [sms.user_id])).toEqual([{ attempts: 1 }]);
    // A verification code does not sign anyone in.
    expect((await rejection(s.signInWithPhoneOtp.signIn({ phone, code }))).code).toBe('INVALID_CREDENTIALS');
    expect(await s.verifyPhone.verify(sms, code)).toMatchObject({ phone, phone_verified: true });
    expect((await rejection(s.requestPhoneVerification.request(sms))).code).toBe('PHONE_ALREADY_VERIFIED');
  });

  it('texts a verified phone at most once a minute, whatever is asked and however the number is written', async () => {
    const before = (await textsTo(sms.user_id)).length;
    for (const spelling of [phone, '670 11 22 33', '00237670112233']) {
      await expect(s.requestPhoneOtp.request({ phone: spelling })).resolves.toEqual({ sent: true, expires_in: 300 });
    }
    expect(await textsTo(sms.user_id)).toHaveLength(before);
    await aMinuteLater(sms.user_id);
    await s.requestPhoneOtp.request({ phone });
    expect(await textsTo(sms.user_id)).toHaveLength(before + 1);
  });

  it('signs in once with the code, in the national form too; a spent code is refused', async () => {
    const code = await lastCodeFor(sms.user_id);
    const session = await s.signInWithPhoneOtp.signIn({ phone: '670112233', code });
    expect(session.user.id).toBe(sms.user_id);
    await expect(s.refresh.refresh({ refresh_token: session.tokens.refresh_token })).resolves.toBeDefined();
    expect((await rejection(s.signInWithPhoneOtp.signIn({ phone, code }))).code).toBe('INVALID_CREDENTIALS');
  });

  it('a new code spends the old one; five wrong guesses burn a code, and they count toward the lockout', async () => {
    await aMinuteLater(sms.user_id);
    await s.requestPhoneOtp.request({ phone });
    const code = await lastCodeFor(sms.user_id);
    expect(await query(`SELECT 1 FROM phone_otps WHERE user_id = $1 AND used_at IS NULL`, [sms.user_id])).toHaveLength(1);

    const failures = async () => (await query<{ failed_login_count: number }>(`SELECT failed_login_count FROM users WHERE id = $1`, [sms.user_id]))[0].failed_login_count;
    const before = await failures();
    for (let i = 0; i < OTP_MAX_ATTEMPTS; i++) {
      expect((await rejection(s.signInWithPhoneOtp.signIn({ phone, code: wrongCode(code) }))).code).toBe('INVALID_CREDENTIALS');
    }
    expect(await failures()).toBe(before + OTP_MAX_ATTEMPTS);
    // Burned: even the right code no longer works.
    expect((await rejection(s.signInWithPhoneOtp.signIn({ phone, code }))).code).toBe('INVALID_CREDENTIALS');
    expect(await query(`SELECT 1 FROM audit_log WHERE action = 'login.failed' AND target = $1 AND detail = 'phone code wrong-and-burned'`, [sms.user_id])).toHaveLength(1);
  });

  it('needs the second factor too when 2FA is on, and keeps the texted code until it is given', async () => {
    const { secret } = await s.setUpTwoFactor.setUp(sms);
    const totp = (offset = 0) => hotp(decodeBase32(secret)!, totpStep(Date.now()) + offset);
    await s.enableTwoFactor.enable(sms, { code: totp() });
    await aMinuteLater(sms.user_id);
    await s.requestPhoneOtp.request({ phone });
    const code = await lastCodeFor(sms.user_id);
    expect((await rejection(s.signInWithPhoneOtp.signIn({ phone, code }))).code).toBe('TOTP_REQUIRED');
    expect((await rejection(s.signInWithPhoneOtp.signIn({ phone, code, totp_code: totp() === '000000' ? '111111' : '000000' }))).code).toBe('INVALID_TOTP');
    // A code of the next step (this one was spent enabling 2FA) completes the sign-in.
    const session = await s.signInWithPhoneOtp.signIn({ phone, code, totp_code: totp(1) });
    expect(session.user.id).toBe(sms.user_id);
  });

  it('forgets the proof when the number changes', async () => {
    const changed = await s.updateMe.update(sms, { phone: '+237670112299' });
    expect(changed).toMatchObject({ phone: '+237670112299', phone_verified: false });
    await aMinuteLater(sms.user_id);
    const before = (await textsTo(sms.user_id)).length;
    await s.requestPhoneOtp.request({ phone: '+237670112299' });
    expect(await textsTo(sms.user_id)).toHaveLength(before);
  });
});
