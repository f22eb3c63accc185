import { DataSource } from 'typeorm';
import { Actor } from '@platter/contracts';
import { ThrowawaySchema, createThrowawaySchema, rejection } from '@platter/testing';
import { identityEntities } from '../identity.module';
import { identityMigrations } from '../migrations';
import { DisableTwoFactorService } from './commands/disable-two-factor/disable-two-factor.service';
import { EnableTwoFactorService } from './commands/enable-two-factor/enable-two-factor.service';
import { LogInService } from './commands/log-in/log-in.service';
import { RegenerateBackupCodesService } from './commands/regenerate-backup-codes/regenerate-backup-codes.service';
import { RegisterUserService } from './commands/register-user/register-user.service';
import { SetUpTwoFactorService } from './commands/set-up-two-factor/set-up-two-factor.service';
import { decodeBase32 } from './domain/base32';
import { hotp, totpStep } from './domain/totp';
import { SecondFactor } from './second-factor';
import { identityServices } from '../testing/identity-services';

// Real PostgreSQL: a throwaway schema migrated like the service's own.
describe('two-factor authentication against PostgreSQL', () => {
  let db: ThrowawaySchema;
  let dataSource: DataSource;
  let register: RegisterUserService;
  let logIn: LogInService;
  let setUp: SetUpTwoFactorService;
  let enable: EnableTwoFactorService;
  let disable: DisableTwoFactorService;
  let regenerate: RegenerateBackupCodesService;
  let secondFactor: SecondFactor;

  const query = <T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> => dataSource.query(sql, params);
  /** The code for the current step plus `offset` (the tolerance accepts -1..+1). */
  const codeFor = (secret: string, offset = 0) => hotp(decodeBase32(secret)!, totpStep(Date.now()) + offset);
  /** Six digits that are no code of the accepted window. */
  const wrongCode = (secret: string) => {
    const window = [-1, 0, 1].map((offset) => codeFor(secret, offset));
    return ['000000', '111111', '222222', '333333'].find((candidate) => !window.includes(candidate))!;
  };

  /** Waits out the last second of a step, so a code for the step before is still accepted. */
  const clearOfStepEnd = async () => {
    const intoStep = Date.now() % 30_000;
    if (intoStep > 29_000) await new Promise((r) => setTimeout(r, 30_000 - intoStep + 50));
  };

  beforeAll(async () => {
    db = await createThrowawaySchema('identity', { entities: identityEntities, migrations: identityMigrations });
    dataSource = db.dataSource;
    ({
      secondFactor,
      register,
      logIn,
      setUpTwoFactor: setUp,
      enableTwoFactor: enable,
      disableTwoFactor: disable,
      regenerateBackupCodes: regenerate,
    } = await identityServices(db));
  });

  afterAll(async () => {
    await db?.drop();
  });

  async function newUser(email: string): Promise<Actor> {
    const { user } = await register.register({ email, password: 'correct horse', name: 'Two Factor' });
    return { user_id: user.id, role: user.role };
  }

  it('sets up, enables with a code, then asks every login for a fresh code or an unused backup code', async () => {
    const actor = await newUser('totp@example.com');
    const credentials = { email: 'totp@example.com', password: 'correct horse' };
    const { secret, otpauth_uri } = await setUp.setUp(actor);
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(otpauth_uri).toBe(`otpauth://totp/Platter:totp%40example.com?secret=${secret}&issuer=Platter&algorithm=SHA1&digits=6&period=30`);

    // Pending: logins still work without a code; a wrong code does not enable.
    expect((await logIn.logIn(credentials)).user.id).toBe(actor.user_id);
    expect((await rejection(enable.enable(actor, { code: wrongCode(secret) }))).code).toBe('INVALID_TOTP');

    await clearOfStepEnd();
    const enabled = await enable.enable(actor, { code: codeFor(secret, -1) });
    expect(enabled.enabled).toBe(true);
    expect(enabled.backup_codes).toHaveLength(10);
    expect(await secondFactor.remainingBackupCodes(actor.user_id)).toBe(10);
    const stored = await query<{ code_hash: string }>(`SELECT code_hash FROM backup_codes WHERE user_id = $1`, [actor.user_id]);
    expect(stored.map((r) => r.code_hash)).not.toContain(enabled.backup_codes[0]); // only hashes
    expect((await rejection(setUp.setUp(actor))).code).toBe('CONFLICT');

    // The password is checked first, whatever the code.
    expect((await rejection(logIn.logIn({ ...credentials, password: 'wrong horse', totp_code: codeFor(secret) }))).code).toBe('INVALID_CREDENTIALS');
    const required = await rejection(logIn.logIn(credentials));
    expect([required.code, required.status]).toEqual(['TOTP_REQUIRED', 401]);
    const wrong = await rejection(logIn.logIn({ ...credentials, totp_code: wrongCode(secret) }));
    expect([wrong.code, wrong.status]).toEqual(['INVALID_TOTP', 401]);

    const code = codeFor(secret);
    expect((await logIn.logIn({ ...credentials, totp_code: code })).tokens.access_token).toEqual(expect.any(String));
    expect((await rejection(logIn.logIn({ ...credentials, totp_code: code }))).code).toBe('INVALID_TOTP'); // replay

    const backup = enabled.backup_codes[3];
    expect((await logIn.logIn({ ...credentials, totp_code: backup.toUpperCase() })).user.id).toBe(actor.user_id);
    expect((await rejection(logIn.logIn({ ...credentials, totp_code: backup }))).code).toBe('INVALID_TOTP');
    expect(await secondFactor.remainingBackupCodes(actor.user_id)).toBe(9);

    // Regenerating wants a TOTP code, never a backup code, and voids the old codes.
    expect((await rejection(regenerate.regenerate(actor, { code: enabled.backup_codes[4] }))).code).toBe('INVALID_TOTP');
    const fresh = await regenerate.regenerate(actor, { code: codeFor(secret, 1) });
    expect(fresh.backup_codes).toHaveLength(10);
    expect(await secondFactor.remainingBackupCodes(actor.user_id)).toBe(10);
    expect((await rejection(logIn.logIn({ ...credentials, totp_code: enabled.backup_codes[5] }))).code).toBe('INVALID_TOTP');

    // Disabling takes a backup code too; afterwards the password alone is enough again.
    expect((await rejection(disable.disable(actor, { code: enabled.backup_codes[6] }))).code).toBe('INVALID_TOTP');
    await expect(disable.disable(actor, { code: fresh.backup_codes[0] })).resolves.toEqual({ enabled: false });
    expect((await logIn.logIn(credentials)).user.id).toBe(actor.user_id);
    expect(await query(`SELECT * FROM backup_codes WHERE user_id = $1`, [actor.user_id])).toEqual([]);
    expect((await rejection(disable.disable(actor, { code: codeFor(secret) }))).code).toBe('CONFLICT');

    const audit = await query<{ action: string }>(`SELECT action FROM audit_log WHERE actor_id = $1 AND action LIKE '%factor%'`, [actor.user_id]);
    expect(audit.map((a) => a.action).sort()).toEqual(
      [
        'two-factor.enabled',
        'login.second-factor-failed',
        'login.second-factor-failed',
        'two-factor.backup-code-used',
        'login.second-factor-failed',
        'two-factor.backup-codes-regenerated',
        'login.second-factor-failed',
        'two-factor.backup-code-used',
        'two-factor.disabled',
      ].sort(),
    );
  });

  it('refuses to enable without a setup, and spends one code once when two logins race', async () => {
    const actor = await newUser('race@example.com');
    expect((await rejection(enable.enable(actor, { code: '123456' }))).code).toBe('CONFLICT');
    const { secret } = await setUp.setUp(actor);
    await clearOfStepEnd();
    await enable.enable(actor, { code: codeFor(secret, -1) });

    const code = codeFor(secret);
    const attempts = await Promise.allSettled([0, 1, 2].map(() => logIn.logIn({ email: 'race@example.com', password: 'correct horse', totp_code: code })));
    expect(attempts.filter((a) => a.status === 'fulfilled')).toHaveLength(1);
  });
});
