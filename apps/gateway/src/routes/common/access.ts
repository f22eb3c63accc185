import { applyDecorators } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { Roles } from '@platter/auth';
import { UserRole } from '@platter/contracts';

/**
 * Documents (and, with roles, restricts) a route that needs an access token. Every route needs one
 * anyway unless @Public(); this makes the OpenAPI document say so.
 */
export function Authenticated(...roles: UserRole[]) {
  return applyDecorators(
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ description: 'AUTH_REQUIRED or INVALID_TOKEN' }),
    ...(roles.length ? [Roles(...roles), ApiForbiddenResponse({ description: `FORBIDDEN unless ${roles.join(' or ')}` })] : []),
  );
}
