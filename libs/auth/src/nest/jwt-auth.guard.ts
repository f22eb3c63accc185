import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AccessTokenVerifier } from '../access-token-verifier';
import { AuthException } from '../auth.exception';
import { AuthenticatedRequest, IS_PUBLIC_KEY } from './auth.decorators';
import { bearerToken } from './bearer-token';

/**
 * Global guard: every HTTP route needs a valid access token unless marked @Public(). A public route
 * called with a valid token still learns who the caller is; a bad token there is ignored.
 */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(
    private readonly verifier: AccessTokenVerifier,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    // Event and RPC handlers in the same app (the relay) are fed by the broker, not by clients.
    if (ctx.getType() !== 'http') return true;
    const req = ctx.switchToHttp().getRequest<AuthenticatedRequest>();
    const token = bearerToken(req.headers.authorization);
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC_KEY, [ctx.getHandler(), ctx.getClass()])) {
      if (token) req.actor = await this.verifier.verify(token).catch(() => undefined);
      return true;
    }
    if (!token) throw AuthException.required();
    req.actor = await this.verifier.verify(token);
    return true;
  }
}
