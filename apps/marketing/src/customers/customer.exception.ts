import { ErrorCode, ErrorDetail, PlatterError } from '@platter/contracts';

export class CustomerException extends PlatterError {
  constructor(code: ErrorCode, message: string, details?: ErrorDetail[]) {
    super(code, message, details);
  }
}
