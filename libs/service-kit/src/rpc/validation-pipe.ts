import { ValidationError, ValidationPipe } from '@nestjs/common';
import { ValidationFailedError } from '@platter/contracts';
import { fieldDetailsOf } from './field-details';

/** class-validator errors → the envelope's 400, with the same `{field, message}` details a service's `validData()` gives. */
export function validationFailure(errors: ValidationError[]): ValidationFailedError {
  return new ValidationFailedError(fieldDetailsOf(errors));
}

/**
 * The gateway's pipe: bodies, queries and params become their request classes; unknown fields are
 * refused, not ignored. In this lib so a service's spec can prove it answers a bad request as the edge does.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: validationFailure,
  });
}
