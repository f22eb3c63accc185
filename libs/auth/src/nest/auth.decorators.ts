import { ExecutionContext, SetMetadata, createParamDecorator } from '@nestjs/common';
import { UserRole } from '@platter/contracts';
import type { VerifiedActor } from '../access-token-verifier';

export const IS_PUBLIC_KEY = 'platter:auth:public';
export const ROLES_KEY = 'platter:auth:roles';

/** The request the guard has authenticated: `actor` is set when a valid token came with it. */
export interface AuthenticatedRequest {
  headers: Record<string, string | string[] | undefined>;
  actor?: VerifiedActor;
}

/** The route needs no token (every other route does). */
export const Public = () => SetMetadata(IS_PUBLIC_KEY, true);

/** Only these roles may call the route (checked after the token). */
export const Roles = (...roles: UserRole[]) => SetMetadata(ROLES_KEY, roles);

/** The verified caller, or null on a public route called without a valid token. */
export const CurrentActor = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): VerifiedActor | null => ctx.switchToHttp().getRequest<AuthenticatedRequest>().actor ?? null,
);
