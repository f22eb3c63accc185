import { ErrorCode, ErrorDetail, PlatterError } from '@platter/contracts';

export class DriverException extends PlatterError {
  constructor(code: ErrorCode, message: string, details?: ErrorDetail[]) {
    super(code, message, details);
  }
}
