import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { Actor, ForbiddenError, PlatterError, RpcRequest, UserRole, ValidationFailedError } from '@platter/contracts';
import { fieldDetailsOf } from './field-details';

/** The caller, who must be signed in and (when roles are given) hold one of `roles`. */
export function requireActor(req: RpcRequest<unknown>, ...roles: UserRole[]): Actor {
  const actor = req?.actor;
  if (!actor) throw new PlatterError('AUTH_REQUIRED', 'Authentication required');
  if (roles.length && !roles.includes(actor.role)) throw new ForbiddenError();
  return actor;
}

/** The request's data checked against its class; every bad field becomes a VALIDATION_ERROR detail, as at the gateway. */
export function validData<T extends object>(cls: new () => T, data: unknown): T {
  const plain = data ?? {};
  if (typeof plain !== 'object' || Array.isArray(plain)) throw new ValidationFailedError([{ field: 'payload', message: 'payload must be an object' }]);
  const value = plainToInstance(cls, plain);
  const details = fieldDetailsOf(validateSync(value, { forbidUnknownValues: false }));
  if (details.length) throw new ValidationFailedError(details);
  return value;
}
