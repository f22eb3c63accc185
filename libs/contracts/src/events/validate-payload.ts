import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';
import { ErrorDetail } from '../errors';

/** Flattens class-validator errors into the envelope's `{field, message}` details. */
export function flattenValidationErrors(errors: ValidationError[], prefix = ''): ErrorDetail[] {
  const out: ErrorDetail[] = [];
  for (const e of errors) {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    for (const message of Object.values(e.constraints ?? {})) out.push({ field, message });
    if (e.children?.length) out.push(...flattenValidationErrors(e.children, field));
  }
  return out;
}

/** Validates a plain payload against a contract class; returns the details of every violation. */
export function validatePayload<T extends object>(cls: new () => T, plain: unknown): { value?: T; errors: ErrorDetail[] } {
  if (plain === null || typeof plain !== 'object' || Array.isArray(plain)) {
    return { errors: [{ field: 'payload', message: 'payload must be an object' }] };
  }
  const value = plainToInstance(cls, plain);
  const errors = flattenValidationErrors(validateSync(value, { forbidUnknownValues: false }));
  return errors.length ? { errors } : { value, errors };
}
