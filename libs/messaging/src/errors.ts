import { PlatterError, SerializedError } from '@platter/contracts';

/** An RPC whose service did not answer within the timeout (the gateway answers 504). */
export class RpcTimeoutError extends PlatterError {
  constructor(pattern: string, timeoutMs: number) {
    super('GATEWAY_TIMEOUT', `The service did not answer ${pattern} within ${timeoutMs} ms`);
  }
}

export class ServiceUnavailableError extends PlatterError {
  constructor(message: string) {
    super('SERVICE_UNAVAILABLE', message);
  }
}

/** Turns whatever a handler threw into what crosses the wire; internals never leave the service. */
export function serializeError(err: unknown): { error: SerializedError; internal: boolean } {
  if (err instanceof PlatterError) return { error: err.toJSON(), internal: false };
  const e = err as { code?: unknown; message?: unknown; details?: unknown } | null;
  if (e && typeof e === 'object' && typeof e.code === 'string' && /^[A-Z_]+$/.test(e.code) && typeof e.message === 'string') {
    return { error: { code: e.code, message: e.message, ...(Array.isArray(e.details) ? { details: e.details } : {}) }, internal: false };
  }
  return { error: { code: 'INTERNAL_ERROR', message: 'An internal error occurred' }, internal: true };
}

export function deserializeError(e: SerializedError): PlatterError {
  return new PlatterError(e.code, e.message, e.details);
}
