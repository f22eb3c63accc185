import { ErrorDetail, PlatterError } from '@platter/contracts';
import { createValidationPipe } from '@platter/service-kit';

/** The field errors the gateway's ValidationPipe answers for `value` bound as `cls`; none when it passes. */
export async function edgeFieldErrors(cls: new () => object, value: unknown, type: 'body' | 'query' = 'body'): Promise<ErrorDetail[]> {
  try {
    await createValidationPipe().transform(value, { type, metatype: cls });
  } catch (err) {
    expect(err).toMatchObject({ code: 'VALIDATION_ERROR', status: 400 });
    return (err as PlatterError).details ?? [];
  }
  return [];
}

/** The field errors a service's check throws (validData, or a use case's own check); none when it passes. */
export function serviceFieldErrors(check: () => unknown): ErrorDetail[] {
  try {
    check();
  } catch (err) {
    expect(err).toMatchObject({ code: 'VALIDATION_ERROR' });
    return (err as PlatterError).details ?? [];
  }
  return [];
}
