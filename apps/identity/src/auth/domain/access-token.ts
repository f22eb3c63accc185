import { randomUUID } from 'node:crypto';
import { JSONWebKeySet, SignJWT, createLocalJWKSet, errors, jwtVerify } from 'jose';
import { AccessTokenClaims, JWT_AUDIENCE, JWT_ISSUER, USER_ROLES, UserRole } from '@platter/contracts';
import { SIGNING_ALG, SigningKey } from '../../signing-keys/signing-key';

/** Signs an access token: ES256, `kid` in the header, our issuer and audience, `exp` = now + ttl. */
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

export class AccessTokenRejected extends Error {}

/**
 * Verifies an access token against a JWKS the way every consumer must: ES256 only, our issuer
 * and audience, not expired, and carrying the claims we issue.
 */
export async function verifyAccessToken(token: string, jwks: JSONWebKeySet, now = new Date()): Promise<AccessTokenClaims> {
  try {
    const { payload } = await jwtVerify(token, createLocalJWKSet(jwks), {
      algorithms: [SIGNING_ALG],
      issuer: JWT_ISSUER,
      audience: JWT_AUDIENCE,
      currentDate: now,
      requiredClaims: ['sub', 'exp', 'sid', 'role'],
    });
    const { sub, role, email, sid } = payload;
    if (typeof sub !== 'string' || typeof sid !== 'string' || typeof email !== 'string' || !USER_ROLES.includes(role as UserRole)) {
      throw new AccessTokenRejected('the token does not carry the expected claims');
    }
    return { sub, role: role as UserRole, email, sid };
  } catch (err) {
    if (err instanceof AccessTokenRejected) throw err;
    if (err instanceof errors.JOSEError) throw new AccessTokenRejected(err.message);
    throw err;
  }
}
