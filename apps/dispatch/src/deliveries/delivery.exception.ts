import { ErrorCode, ErrorDetail, PlatterError } from '@platter/contracts';

export class DeliveryException extends PlatterError {
  constructor(code: ErrorCode, message: string, details?: ErrorDetail[]) {
    super(code, message, details);
  }

  static invalidInput(field: string, message: string): DeliveryException {
    return new DeliveryException('VALIDATION_ERROR', 'Input validation failed', [{ field, message }]);
  }
}
