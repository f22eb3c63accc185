import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { ValidationFailedError } from '@platter/contracts';
import { edgeInputViolations } from './edge-input-rules';
import { fieldDetailsOf } from './field-details';

/** Exported with the pipe so input the pipe does not see (multipart forms) meets the same limits. */
export { EDGE_INPUT_LIMITS, edgeInputViolations } from './edge-input-rules';

/** class-validator errors → the envelope's 400, with the same `{field, message}` details a service's `validData()` gives. */
export function validationFailure(errors: ValidationError[]): ValidationFailedError {
  return new ValidationFailedError(fieldDetailsOf(errors));
}

/**
 * Checks the edge limits (depth, sizes, control characters: edge-input-rules.ts) on every body,
 * query and route parameter, whatever its declared type, before class-transformer walks it.
 */
class EdgeValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' || metadata.type === 'query' || metadata.type === 'param') {
      const details = edgeInputViolations(value, metadata.data ?? '');
      if (details.length) throw new ValidationFailedError(details);
    }
    return super.transform(value, metadata);
  }
}

/**
 * The gateway's pipe: bodies, queries and params meet the edge limits, then become their request
 * classes; unknown fields are refused, not ignored. In this lib so a service's spec can prove it
 * answers a bad request as the edge does.
 */
export function createValidationPipe(): ValidationPipe {
  return new EdgeValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: validationFailure,
  });
}
