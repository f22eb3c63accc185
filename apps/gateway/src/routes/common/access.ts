import { SetMetadata, applyDecorators } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { Roles } from '@platter/auth';
import { UserRole } from '@platter/contracts';

/** Marks a route whose access was decided on purpose (see route-access.spec.ts). */
export const AUTHENTICATED_KEY = 'platter:gateway:authenticated';

/**
 * Documents (and, with roles, restricts) a route that needs an access token. Every route needs one
 * anyway unless @Public(); this makes the OpenAPI document say so.
 */
export function Authenticated(...roles: UserRole[]) {
  return applyDecorators(
    SetMetadata(AUTHENTICATED_KEY, true),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ description: 'AUTH_REQUIRED or INVALID_TOKEN' }),
    ...(roles.length ? [Roles(...roles), ApiForbiddenResponse({ description: `FORBIDDEN unless ${roles.join(' or ')}` })] : []),
  );
}
