import { ValidationError } from 'class-validator';
import { ErrorDetail, flattenValidationErrors } from '@platter/contracts';

/**
 * class-validator errors → the envelope's `{field, message}` details, one per bad field (nested
 * fields dotted: `items.0.quantity`). When a field breaks several rules, the one written first on
 * the class wins (class-validator checks them bottom-up): "must be a string" before "too long".
 * The gateway's ValidationPipe and the services' `validData()` both answer with it, so the same bad
 * input gets the same details at the edge and in the service.
 */
export function fieldDetailsOf(errors: ValidationError[]): ErrorDetail[] {
  const byField = new Map<string, string>();
  for (const { field, message } of flattenValidationErrors(errors)) byField.set(field, message);
  return [...byField].map(([field, message]) => ({ field, message }));
}
