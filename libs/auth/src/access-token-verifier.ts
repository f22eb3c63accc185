import { errors, jwtVerify, type JWTPayload } from 'jose';
import { Actor, JWT_AUDIENCE, JWT_ISSUER, MEMBERSHIP_ROLES, MembershipRole, PlatterError, USER_ROLES, UserRole } from '@platter/contracts';
import { AuthException } from './auth.exception';
import { JwksKeyStore } from './jwks-key-store';

/** The caller an access token proves, with the session it belongs to. */
export type VerifiedActor = Actor & { sid: string };

/** Checks identity's access tokens: ES256 only, our issuer and audience, not expired, well-formed claims. */
export class AccessTokenVerifier {
  constructor(private readonly keys: JwksKeyStore) {}

  async verify(token: string): Promise<VerifiedActor> {
    return (await this.verifyWithExpiry(token)).actor;
  }

  /**
   * The actor, when the token expires (ms since the epoch: long-lived connections end then) and when it
   * was issued (`iat`, epoch seconds, for the revocation list).
   */
  async verifyWithExpiry(token: string): Promise<{ actor: VerifiedActor; expiresAt: number; issuedAt?: number }> {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, (header, input) => this.keys.getKey(header, input), {
        algorithms: ['ES256'],
        issuer: JWT_ISSUER,
        audience: JWT_AUDIENCE,
        requiredClaims: ['sub', 'exp'],
      }));
    } catch (err) {
      // The key source being down is not the token's fault: let that surface as 503/504.
      if (err instanceof PlatterError) throw err;
      if (err instanceof errors.JWTExpired) throw AuthException.invalidToken('Access token has expired');
      throw AuthException.invalidToken();
    }
    const issuedAt = typeof payload.iat === 'number' ? payload.iat : undefined;
    return { actor: toActor(payload), expiresAt: payload.exp! * 1000, ...(issuedAt !== undefined ? { issuedAt } : {}) };
  }
}

function toActor(claims: JWTPayload): VerifiedActor {
  const { sub, role, email, sid, restaurant_id, restaurant_role } = claims as JWTPayload &
    Record<'role' | 'email' | 'sid' | 'restaurant_id' | 'restaurant_role', unknown>;
  if (typeof sub !== 'string' || !sub || typeof sid !== 'string' || !sid || !USER_ROLES.includes(role as UserRole)) {
    throw AuthException.invalidToken();
  }
  if (email !== undefined && typeof email !== 'string') throw AuthException.invalidToken();
  // A restaurant claim comes whole (id and membership role) or not at all.
  const scoped = restaurant_id !== undefined || restaurant_role !== undefined;
  if (scoped && (typeof restaurant_id !== 'string' || !restaurant_id || !MEMBERSHIP_ROLES.includes(restaurant_role as MembershipRole))) {
    throw AuthException.invalidToken();
  }
  return {
    user_id: sub,
    role: role as UserRole,
    sid,
    ...(email ? { email } : {}),
    ...(scoped ? { restaurant_id: restaurant_id as string, restaurant_role: restaurant_role as MembershipRole } : {}),
  };
}
