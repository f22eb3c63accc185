import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { UserRole } from '@platter/contracts';
import { AuthException } from '../auth.exception';
import { AuthenticatedRequest, ROLES_KEY } from './auth.decorators';

/** Global guard after JwtAuthGuard: a route with @Roles(...) admits only those roles. */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(ctx: ExecutionContext): boolean {
    if (ctx.getType() !== 'http') return true;
    const roles = this.reflector.getAllAndOverride<UserRole[] | undefined>(ROLES_KEY, [ctx.getHandler(), ctx.getClass()]);
    if (!roles?.length) return true;
    const { actor } = ctx.switchToHttp().getRequest<AuthenticatedRequest>();
    if (!actor) throw AuthException.required();
    if (!roles.includes(actor.role)) throw AuthException.forbidden();
    return true;
  }
}
