import { SignJWT, exportJWK, generateKeyPair, type CryptoKey, type JSONWebKeySet, type JWK } from 'jose';
import { JWT_AUDIENCE, JWT_ISSUER } from '@platter/contracts';

/** An ES256 signing key made on the spot for tests, with its public JWK. */
export interface TestSigningKey {
  kid: string;
  privateKey: CryptoKey;
  publicJwk: JWK;
}

export async function makeSigningKey(kid: string): Promise<TestSigningKey> {
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  return { kid, privateKey, publicJwk: { ...(await exportJWK(publicKey)), kid, alg: 'ES256', use: 'sig' } };
}

export function keySet(...keys: TestSigningKey[]): JSONWebKeySet {
  return { keys: keys.map((k) => k.publicJwk) };
}

export interface TokenOverrides {
  claims?: Record<string, unknown>;
  issuer?: string;
  audience?: string;
  expiresAt?: number;
  /** `iat` in epoch seconds (default: now). */
  issuedAt?: number;
}

/** An access token as identity would sign it (valid unless overridden). */
export function signAccessToken(key: TestSigningKey, o: TokenOverrides = {}): Promise<string> {
  const now = o.issuedAt ?? Math.floor(Date.now() / 1000);
  return new SignJWT({ role: 'customer', email: 'ada@example.com', sid: 'session-1', ...o.claims })
    .setProtectedHeader({ alg: 'ES256', kid: key.kid, typ: 'JWT' })
    .setSubject('0b6f3c52-7d7b-4a44-9a4e-3f2c3f6d9a01')
    .setIssuer(o.issuer ?? JWT_ISSUER)
    .setAudience(o.audience ?? JWT_AUDIENCE)
    .setIssuedAt(now)
    .setExpirationTime(o.expiresAt ?? now + 900)
    .sign(key.privateKey);
}
