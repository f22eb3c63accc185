import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import { AccessTokenClaims, JWT_AUDIENCE, JWT_ISSUER } from '@platter/contracts';
import { SIGNING_ALG, SigningKey } from '../../signing-keys/signing-key';

/**
 * Signs an access token: ES256, `kid` in the header, our issuer and audience, `exp` = now + ttl.
 * Tokens are checked by `AccessTokenVerifier` in @platter/auth (the gateway's), tests included.
 */
export async function signAccessToken(key: SigningKey, claims: AccessTokenClaims, ttlSeconds: number, now = new Date()): Promise<string> {
  const issuedAt = Math.floor(now.getTime() / 1000);
  const restaurant = claims.restaurant_id ? { restaurant_id: claims.restaurant_id, restaurant_role: claims.restaurant_role } : {};
  return new SignJWT({ role: claims.role, email: claims.email, sid: claims.sid, ...restaurant })
    .setProtectedHeader({ alg: SIGNING_ALG, kid: key.kid, typ: 'JWT' })
    .setSubject(claims.sub)
    .setIssuer(JWT_ISSUER)
    .setAudience(JWT_AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + ttlSeconds)
    .setJti(randomUUID())
    .sign(key.privateKey);
}
