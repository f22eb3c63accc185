import { ValidationError, ValidationPipe } from '@nestjs/common';
import { ValidationFailedError, flattenValidationErrors } from '@platter/contracts';

/**
 * class-validator errors → the envelope's 400 with one `{field, message}` per bad field (nested
 * fields dotted: `items.0.quantity`). When a field breaks several rules, the one written first on
 * the DTO wins (class-validator checks them bottom-up): the basic "must be a string" before "too long".
 */
export function validationFailure(errors: ValidationError[]): ValidationFailedError {
  const byField = new Map<string, string>();
  for (const { field, message } of flattenValidationErrors(errors)) byField.set(field, message);
  return new ValidationFailedError([...byField].map(([field, message]) => ({ field, message })));
}

/** Bodies, queries and params become their DTO classes; unknown fields are refused, not ignored. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: validationFailure,
  });
}
