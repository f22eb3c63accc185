import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import { ISSUED_AT_MS_CLAIM } from '@platter/auth';
import { AccessTokenClaims, JWT_AUDIENCE, JWT_ISSUER } from '@platter/contracts';
import { SIGNING_ALG, SigningKey } from '../../signing-keys/signing-key';

/**
 * Signs an access token: ES256, `kid` in the header, our issuer and audience, `exp` = now + ttl.
 * Tokens are checked by `AccessTokenVerifier` in @platter/auth (the gateway's), tests included.
 */
export async function signAccessToken(key: SigningKey, claims: AccessTokenClaims, ttlSeconds: number, now = new Date()): Promise<string> {
  const issuedAt = Math.floor(now.getTime() / 1000);
  const restaurant = claims.restaurant_id ? { restaurant_id: claims.restaurant_id, restaurant_role: claims.restaurant_role } : {};
  // The issue time in milliseconds too, so the gateway's revocation list can tell a token issued just
  // after a revocation from one issued just before it in the same second.
  return new SignJWT({ role: claims.role, email: claims.email, sid: claims.sid, ...restaurant, [ISSUED_AT_MS_CLAIM]: now.getTime() })
    .setProtectedHeader({ alg: SIGNING_ALG, kid: key.kid, typ: 'JWT' })
    .setSubject(claims.sub)
    .setIssuer(JWT_ISSUER)
    .setAudience(JWT_AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + ttlSeconds)
    .setJti(randomUUID())
    .sign(key.privateKey);
}
