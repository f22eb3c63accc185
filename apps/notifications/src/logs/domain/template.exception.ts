import { ErrorCode, PlatterError } from '@platter/contracts';

export class TemplateException extends PlatterError {
  constructor(code: ErrorCode, message: string) {
    super(code, message);
  }
}
