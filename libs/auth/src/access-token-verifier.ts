import { errors, jwtVerify, type JWTPayload } from 'jose';
import { Actor, JWT_AUDIENCE, JWT_ISSUER, PlatterError, USER_ROLES, UserRole } from '@platter/contracts';
import { AuthException } from './auth.exception';
import { JwksKeyStore } from './jwks-key-store';

/** The caller an access token proves, with the session it belongs to. */
export type VerifiedActor = Actor & { sid: string };

/** Checks identity's access tokens: ES256 only, our issuer and audience, not expired, well-formed claims. */
export class AccessTokenVerifier {
  constructor(private readonly keys: JwksKeyStore) {}

  async verify(token: string): Promise<VerifiedActor> {
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
    return toActor(payload);
  }
}

function toActor(claims: JWTPayload): VerifiedActor {
  const { sub, role, email, sid } = claims as JWTPayload & Record<'role' | 'email' | 'sid', unknown>;
  if (typeof sub !== 'string' || !sub || typeof sid !== 'string' || !sid || !USER_ROLES.includes(role as UserRole)) {
    throw AuthException.invalidToken();
  }
  if (email !== undefined && typeof email !== 'string') throw AuthException.invalidToken();
  return { user_id: sub, role: role as UserRole, sid, ...(email ? { email } : {}) };
}
