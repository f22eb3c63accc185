import { CanActivate, ExecutionContext, Inject, Injectable, Optional } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AccessTokenVerifier, VerifiedActor } from '../access-token-verifier';
import { AuthException } from '../auth.exception';
import { RevocationListUnavailableError, RevocationLookup, isRevoked } from '../token-revocations';
import { AuthenticatedRequest, IS_PUBLIC_KEY } from './auth.decorators';
import { bearerToken } from './bearer-token';

/** The request as the hooks see it (Fastify's request carries the client IP and the URL). */
export type GuardedRequest = AuthenticatedRequest & { ip?: string; url?: string };

/** What the guard does beyond the signature, when the app provides it (the gateway does). */
export interface AuthGuardHooks {
  /** The revocation list, read once per authenticated request. */
  revocations?: {
    lookup: RevocationLookup;
    /** Refuse with 503 (rather than let through) when the list cannot be read for this request. */
    failClosed(req: GuardedRequest, actor: VerifiedActor): boolean;
  };
  /**
   * Hears of every token refused on a route that needs one as forged, malformed or revoked (not of an
   * expired one: see isFailedAuthentication); may throw instead (429 once a client has failed too
   * often), which then answers the request.
   */
  onFailedAuthentication?(req: GuardedRequest): Promise<void>;
}

export const AUTH_GUARD_HOOKS = Symbol('AUTH_GUARD_HOOKS');

/**
 * Global guard: every HTTP route needs a valid access token unless marked @Public(). A public route
 * called with a valid token still learns who the caller is; a bad token there is ignored. Valid means
 * well signed, unexpired, and not issued before the user's sessions were all ended (revocation list).
 */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  private readonly hooks: AuthGuardHooks;

  constructor(
    private readonly verifier: AccessTokenVerifier,
    private readonly reflector: Reflector,
    @Optional() @Inject(AUTH_GUARD_HOOKS) hooks?: AuthGuardHooks,
  ) {
    this.hooks = hooks ?? {};
  }

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    // Event and RPC handlers in the same app (the relay) are fed by the broker, not by clients.
    if (ctx.getType() !== 'http') return true;
    const req = ctx.switchToHttp().getRequest<GuardedRequest>();
    const token = bearerToken(req.headers.authorization);
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC_KEY, [ctx.getHandler(), ctx.getClass()])) {
      if (token) req.actor = await this.authenticate(req, token).catch(() => undefined);
      return true;
    }
    if (!token) throw AuthException.required();
    try {
      req.actor = await this.authenticate(req, token);
    } catch (err) {
      if (isFailedAuthentication(err)) await this.hooks.onFailedAuthentication?.(req);
      throw err;
    }
    return true;
  }

  private async authenticate(req: GuardedRequest, token: string): Promise<VerifiedActor> {
    const { actor, issuedAtMs } = await this.verifier.verifyWithExpiry(token);
    const revocations = this.hooks.revocations;
    if (!revocations) return actor;
    let revokedAt: number | null;
    try {
      revokedAt = await revocations.lookup.revokedAt(actor.user_id);
    } catch {
      if (revocations.failClosed(req, actor)) throw new RevocationListUnavailableError();
      return actor;
    }
    if (isRevoked(issuedAtMs, revokedAt)) throw AuthException.revoked();
    return actor;
  }
}

/**
 * A refusal that counts toward the per-IP failed-authentication limit: a bad or revoked token. An
 * expired one does not: every client's token expires in the normal course, and many users behind one
 * NAT refreshing at once are not an attack (docs/security.md).
 */
function isFailedAuthentication(err: unknown): boolean {
  if (!(err instanceof AuthException) || err.expired) return false;
  return err.code === 'INVALID_TOKEN' || err.code === 'TOKEN_REVOKED';
}
