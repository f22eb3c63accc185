import { randomBytes } from 'node:crypto';
import { ConfigError, loadConfig } from '@platter/config';
import { IdentityConfig } from './identity.config';

const base = { DATABASE_URL: 'postgres://platter_identity:secret@127.0.0.1:5432/platter' };
const production = { ...base, NODE_ENV: 'production', PII_ENCRYPTION_KEYS: `k1:${randomBytes(32).toString('base64')}` };
const problemsOf = (env: Record<string, string>) => {
  try {
    loadConfig(IdentityConfig, env);
    return [];
  } catch (err) {
    return (err as ConfigError).problems.map((p) => p.variable);
  }
};

describe('access-token lifetime and key rotation settings', () => {
  it('allows access tokens of a few seconds outside production, for tests that watch them expire', () => {
    expect(loadConfig(IdentityConfig, { ...base, ACCESS_TOKEN_TTL_SECONDS: '5' }).ACCESS_TOKEN_TTL_SECONDS).toBe(5);
    expect(problemsOf({ ...base, ACCESS_TOKEN_TTL_SECONDS: '4' })).toEqual(['ACCESS_TOKEN_TTL_SECONDS']);
  });

  it('keeps the one-minute minimum in production', () => {
    expect(problemsOf({ ...production, ACCESS_TOKEN_TTL_SECONDS: '59' })).toEqual(['ACCESS_TOKEN_TTL_SECONDS']);
    expect(loadConfig(IdentityConfig, { ...production, ACCESS_TOKEN_TTL_SECONDS: '60' }).ACCESS_TOKEN_TTL_SECONDS).toBe(60);
  });

  it('rotates signing keys every 30 days unless told otherwise', () => {
    expect(loadConfig(IdentityConfig, base).SIGNING_KEY_ROTATION_DAYS).toBe(30);
    expect(loadConfig(IdentityConfig, { ...base, SIGNING_KEY_ROTATION_DAYS: '7' }).SIGNING_KEY_ROTATION_DAYS).toBe(7);
    expect(problemsOf({ ...base, SIGNING_KEY_ROTATION_DAYS: '0' })).toEqual(['SIGNING_KEY_ROTATION_DAYS']);
  });
});
