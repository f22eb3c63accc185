import { randomBytes } from 'node:crypto';
import { ConfigError, loadConfig } from '@platter/config';
import { DEV_PII_ENCRYPTION_KEYS, IdentityConfig } from './identity.config';

const base = { DATABASE_URL: 'postgres://platter_identity:secret@127.0.0.1:5432/platter' };
const problemsOf = (env: Record<string, string>) => {
  try {
    loadConfig(IdentityConfig, { ...base, ...env });
    return [];
  } catch (err) {
    return (err as ConfigError).problems;
  }
};

describe('PII_ENCRYPTION_KEYS', () => {
  const key = randomBytes(32).toString('base64');

  it('falls back to the well-known development key outside production only', () => {
    expect(loadConfig(IdentityConfig, base).piiCipher.currentKid).toBe(DEV_PII_ENCRYPTION_KEYS.split(':')[0]);
    expect(problemsOf({ NODE_ENV: 'production' })).toEqual([expect.objectContaining({ variable: 'PII_ENCRYPTION_KEYS' })]);
  });

  it('takes a keyring whose first key encrypts', () => {
    const config = loadConfig(IdentityConfig, { ...base, NODE_ENV: 'production', PII_ENCRYPTION_KEYS: `k2:${key},k1:${randomBytes(32).toString('base64')}` });
    expect(config.piiCipher.currentKid).toBe('k2');
  });

  it('refuses keys that are not 32 bytes, naming the problem but masking the value', () => {
    const short = randomBytes(16).toString('base64');
    const [problem] = problemsOf({ PII_ENCRYPTION_KEYS: `k1:${short}` });
    expect(problem).toMatchObject({ variable: 'PII_ENCRYPTION_KEYS', value: '****', message: expect.stringContaining('k1: must be 32 bytes') });
    expect(problem.message).not.toContain(short);
  });
});
