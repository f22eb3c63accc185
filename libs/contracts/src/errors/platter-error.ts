import { ErrorCode, ErrorDetail, statusForCode } from './error-codes';

/**
 * Base of every feature's own exception type (OrderException, AuthException, ...).
 * Framework-free so domain code can throw it; one filter per transport maps it to the envelope.
 */
export class PlatterError extends Error {
  constructor(
    readonly code: ErrorCode | (string & {}),
    message: string,
    readonly details?: ErrorDetail[],
  ) {
    super(message);
    this.name = new.target.name;
  }

  get status(): number {
    return statusForCode(this.code);
  }

  toJSON(): SerializedError {
    return { code: this.code, message: this.message, ...(this.details ? { details: this.details } : {}) };
  }
}

/** What crosses RabbitMQ when an RPC handler fails. */
export interface SerializedError {
  code: string;
  message: string;
  details?: ErrorDetail[];
}

export class NotFoundError extends PlatterError {
  constructor(what: string) {
    super('NOT_FOUND', `${what} not found`);
  }
}

export class ForbiddenError extends PlatterError {
  constructor(message = 'You are not allowed to do this') {
    super('FORBIDDEN', message);
  }
}

export class ConflictError extends PlatterError {
  constructor(message: string) {
    super('CONFLICT', message);
  }
}

export class ValidationFailedError extends PlatterError {
  constructor(details: ErrorDetail[], message = 'Input validation failed') {
    super('VALIDATION_ERROR', message, details);
  }
}
