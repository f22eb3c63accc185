import { ERROR_STATUS, PlatterError, SerializedError } from '@platter/contracts';

/** An RPC whose service did not answer within the timeout (the gateway answers 504). */
export class RpcTimeoutError extends PlatterError {
  constructor(pattern: string, timeoutMs: number) {
    super('GATEWAY_TIMEOUT', `The service did not answer ${pattern} within ${timeoutMs} ms`);
  }
}

/**
 * The broker connection or channel went away after an RPC was sent: it may have run, or may still
 * run, so the caller must not assume it did not (the gateway answers 504, like a timeout).
 */
export class RpcOutcomeUnknownError extends PlatterError {
  constructor(pattern: string, why: string) {
    super('GATEWAY_TIMEOUT', `${why} while ${pattern} was in flight; its outcome is unknown`);
  }
}

/** The request certainly did not run (no broker channel, no queue for the service): safe to retry. */
export class ServiceUnavailableError extends PlatterError {
  constructor(message: string) {
    super('SERVICE_UNAVAILABLE', message);
  }
}

/**
 * Turns whatever a handler threw into what crosses the wire; internals never leave the service.
 * Besides PlatterError, a plain `{code, message}` passes only with a public code of the contract:
 * Node's own errors carry upper-case codes too (ECONNREFUSED, ERR_INVALID_ARG_TYPE...).
 */
export function serializeError(err: unknown): { error: SerializedError; internal: boolean } {
  if (err instanceof PlatterError) return { error: err.toJSON(), internal: false };
  const e = err as { code?: unknown; message?: unknown; details?: unknown } | null;
  if (e && typeof e === 'object' && typeof e.code === 'string' && Object.hasOwn(ERROR_STATUS, e.code) && typeof e.message === 'string') {
    return { error: { code: e.code, message: e.message, ...(Array.isArray(e.details) ? { details: e.details } : {}) }, internal: false };
  }
  return { error: { code: 'INTERNAL_ERROR', message: 'An internal error occurred' }, internal: true };
}

export function deserializeError(e: SerializedError): PlatterError {
  return new PlatterError(e.code, e.message, e.details);
}
