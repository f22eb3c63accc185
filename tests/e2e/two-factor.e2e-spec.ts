import { api } from './support/http-client';
import { useTestFleet } from './support/test-fleet';
import { clearOfStepEnd, totpCode } from './support/totp';

const run = Date.now().toString(36);

describe('two-factor authentication through the gateway', () => {
  const e2e = useTestFleet({ namespace: `e2e2fa${run}`, database: 'platter_e2e_2fa', gatewayPort: 4800, env: { RATE_LIMITS_ENABLED: 'false' } });
  let gw: string;
  beforeAll(() => {
    gw = e2e.gateway();
  });

  it('enables TOTP, then logins need a fresh code or an unused backup code, until it is disabled', async () => {
    const credentials = { email: `totp-${run}@example.cm`, password: 'two-factor-password' };
    const registered = await api(gw, 'POST', '/auth/register', { body: { ...credentials, name: 'Ada' } });
    expect(registered.status).toBe(201);
    const token = registered.body.data.tokens.access_token as string;

    const setup = await api(gw, 'POST', '/auth/2fa/setup', { token });
    expect(setup.status).toBe(200);
    const { secret, otpauth_uri } = setup.body.data as { secret: string; otpauth_uri: string };
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(otpauth_uri).toBe(
      `otpauth://totp/Platter:${encodeURIComponent(credentials.email)}?secret=${secret}&issuer=Platter&algorithm=SHA1&digits=6&period=30`,
    );

    // Each step below uses a later code than the one before, as an authenticator app would
    // (the window is one step either side of now, and a step once used is never accepted again).
    const badFormat = await api(gw, 'POST', '/auth/2fa/verify', { token, body: { code: '12ab' } });
    expect(badFormat.status).toBe(400);
    await clearOfStepEnd();
    const verified = await api(gw, 'POST', '/auth/2fa/verify', { token, body: { code: totpCode(secret, -1) } });
    expect(verified.status).toBe(200);
    expect(verified.body.data.enabled).toBe(true);
    const backupCodes = verified.body.data.backup_codes as string[];
    expect(backupCodes).toHaveLength(10);
    expect((await api(gw, 'POST', '/auth/2fa/setup', { token })).status).toBe(409);
    expect((await api(gw, 'GET', '/auth/2fa/backup-codes', { token })).body.data).toEqual({ enabled: true, remaining: 10 });

    const withoutCode = await api(gw, 'POST', '/auth/login', { body: credentials });
    expect(withoutCode.status).toBe(401);
    expect(withoutCode.body.error?.code).toBe('TOTP_REQUIRED');
    expect(withoutCode.body.data).toBeUndefined();

    const window = [-1, 0, 1].map((offset) => totpCode(secret, offset));
    const wrong = ['000000', '111111', '222222', '333333'].find((c) => !window.includes(c))!;
    const withWrongCode = await api(gw, 'POST', '/auth/login', { body: { ...credentials, totp_code: wrong } });
    expect(withWrongCode.status).toBe(401);
    expect(withWrongCode.body.error?.code).toBe('INVALID_TOTP');
    const wrongPassword = await api(gw, 'POST', '/auth/login', { body: { ...credentials, password: 'not-the-password', totp_code: totpCode(secret) } });
    expect(wrongPassword.body.error?.code).toBe('INVALID_CREDENTIALS');

    const code = totpCode(secret);
    const withCode = await api(gw, 'POST', '/auth/login', { body: { ...credentials, totp_code: code } });
    expect(withCode.status).toBe(200);
    expect(withCode.body.data.tokens.token_type).toBe('Bearer');
    const replayed = await api(gw, 'POST', '/auth/login', { body: { ...credentials, totp_code: code } });
    expect(replayed.status).toBe(401);
    expect(replayed.body.error?.code).toBe('INVALID_TOTP');

    const withBackupCode = await api(gw, 'POST', '/auth/login', { body: { ...credentials, totp_code: backupCodes[0] } });
    expect(withBackupCode.status).toBe(200);
    const backupAgain = await api(gw, 'POST', '/auth/login', { body: { ...credentials, totp_code: backupCodes[0] } });
    expect(backupAgain.status).toBe(401);
    expect(backupAgain.body.error?.code).toBe('INVALID_TOTP');
    expect((await api(gw, 'GET', '/auth/2fa/backup-codes', { token })).body.data).toEqual({ enabled: true, remaining: 9 });

    const disabled = await api(gw, 'POST', '/auth/2fa/disable', { token, body: { code: totpCode(secret, 1) } });
    expect(disabled.status).toBe(200);
    expect(disabled.body.data).toEqual({ enabled: false });
    const passwordOnly = await api(gw, 'POST', '/auth/login', { body: credentials });
    expect(passwordOnly.status).toBe(200);
    expect((await api(gw, 'GET', '/auth/2fa/backup-codes', { token })).body.data).toEqual({ enabled: false, remaining: 0 });
  });
});
