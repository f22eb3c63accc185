import { ErrorCode, ErrorDetail, PlatterError } from '@platter/contracts';

/** What kitchen's use cases refuse (string codes from @platter/contracts). */
export class KitchenException extends PlatterError {
  constructor(code: ErrorCode, message: string, details?: ErrorDetail[]) {
    super(code, message, details);
  }

  static invalidInput(field: string, message: string): KitchenException {
    return new KitchenException('VALIDATION_ERROR', 'Input validation failed', [{ field, message }]);
  }
}
