import { ValidationError, ValidationPipe } from '@nestjs/common';
import { ValidationFailedError } from '@platter/contracts';
import { fieldDetailsOf } from '@platter/service-kit';

/** class-validator errors → the envelope's 400, with the same `{field, message}` details a service's `validData()` gives. */
export function validationFailure(errors: ValidationError[]): ValidationFailedError {
  return new ValidationFailedError(fieldDetailsOf(errors));
}

/** Bodies, queries and params become their request classes; unknown fields are refused, not ignored. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: validationFailure,
  });
}
