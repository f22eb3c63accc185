import { errors, jwtVerify, type JWTPayload } from 'jose';
import { Actor, JWT_AUDIENCE, JWT_ISSUER, MEMBERSHIP_ROLES, MembershipRole, PlatterError, USER_ROLES, UserRole } from '@platter/contracts';
import { AuthException } from './auth.exception';
import { JwksKeyStore } from './jwks-key-store';
import { ISSUED_AT_MS_CLAIM } from './token-revocations';

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
   * was issued (epoch ms, for the revocation list): the `iat_ms` claim when it agrees with `iat`, else the
   * start of the `iat` second (the earliest moment it allows, so a revocation in that second refuses it).
   */
  async verifyWithExpiry(token: string): Promise<{ actor: VerifiedActor; expiresAt: number; issuedAtMs?: number }> {
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
      if (err instanceof errors.JWTExpired) throw AuthException.expired();
      throw AuthException.invalidToken();
    }
    const issuedAtMs = issuedAtMsOf(payload);
    return { actor: toActor(payload), expiresAt: payload.exp! * 1000, ...(issuedAtMs !== undefined ? { issuedAtMs } : {}) };
  }
}

function issuedAtMsOf(payload: JWTPayload): number | undefined {
  if (typeof payload.iat !== 'number') return undefined;
  const precise = payload[ISSUED_AT_MS_CLAIM];
  if (typeof precise === 'number' && Number.isFinite(precise) && Math.floor(precise / 1000) === payload.iat) return precise;
  return payload.iat * 1000;
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
