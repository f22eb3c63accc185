import { Actor, ForbiddenError, PlatterError, RpcRequest, UserRole, ValidationFailedError, validatePayload } from '@platter/contracts';

/** The caller, who must be signed in and (when roles are given) hold one of `roles`. */
export function requireActor(req: RpcRequest<unknown>, ...roles: UserRole[]): Actor {
  const actor = req?.actor;
  if (!actor) throw new PlatterError('AUTH_REQUIRED', 'Authentication required');
  if (roles.length && !roles.includes(actor.role)) throw new ForbiddenError();
  return actor;
}

/** The request's data checked against its class; every bad field becomes a VALIDATION_ERROR detail. */
export function validData<T extends object>(cls: new () => T, data: unknown): T {
  const { value, errors } = validatePayload(cls, data ?? {});
  if (errors.length || !value) throw new ValidationFailedError(errors);
  return value;
}
