import { ErrorCode, ErrorDetail, PlatterError } from '@platter/contracts';

export class NotificationLogException extends PlatterError {
  constructor(code: ErrorCode, message: string, details?: ErrorDetail[]) {
    super(code, message, details);
  }

  static invalidInput(field: string, message: string): NotificationLogException {
    return new NotificationLogException('VALIDATION_ERROR', 'Input validation failed', [{ field, message }]);
  }
}
