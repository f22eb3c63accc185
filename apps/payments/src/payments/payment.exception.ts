import { ErrorCode, ErrorDetail, PlatterError } from '@platter/contracts';

export class PaymentException extends PlatterError {
  constructor(code: ErrorCode, message: string, details?: ErrorDetail[]) {
    super(code, message, details);
  }

  static invalidInput(field: string, message: string): PaymentException {
    return new PaymentException('VALIDATION_ERROR', 'Input validation failed', [{ field, message }]);
  }
}
