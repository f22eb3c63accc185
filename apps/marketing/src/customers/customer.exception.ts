import { ErrorCode, ErrorDetail, PlatterError } from '@platter/contracts';

export class CustomerException extends PlatterError {
  constructor(code: ErrorCode, message: string, details?: ErrorDetail[]) {
    super(code, message, details);
  }

  static invalidInput(details: ErrorDetail[]): CustomerException {
    return new CustomerException('VALIDATION_ERROR', 'Input validation failed', details);
  }
}
