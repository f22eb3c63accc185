import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { throwError } from 'rxjs';
import { ErrorDetail, PlatterError, statusForCode } from '@platter/contracts';
import { currentRequestContext } from '@platter/observability';

/** The public error envelope: `{success: false, error: {code, message, details?}, timestamp, requestId}` (docs/architecture.md). */
export function errorEnvelope(code: string, message: string, details?: ErrorDetail[], extra: Record<string, unknown> = {}) {
  return {
    success: false as const,
    error: { code, message, ...(details?.length ? { details } : {}), ...extra },
    timestamp: new Date().toISOString(),
    requestId: currentRequestContext()?.requestId,
  };
}

const HTTP_CODES: Record<number, string> = {
  400: 'VALIDATION_ERROR', 401: 'AUTH_REQUIRED', 403: 'FORBIDDEN', 404: 'NOT_FOUND', 409: 'CONFLICT',
  413: 'VALIDATION_ERROR', 414: 'VALIDATION_ERROR', 415: 'VALIDATION_ERROR', 422: 'BUSINESS_RULE_VIOLATION', 429: 'RATE_LIMIT_EXCEEDED',
  503: 'SERVICE_UNAVAILABLE', 504: 'GATEWAY_TIMEOUT',
};

const INTERNAL = { status: 500, code: 'INTERNAL_ERROR', message: 'An internal error occurred' } as const;

/**
 * Maps any error to { status, code, message, details }; internals become a generic 500. A 500's
 * own text and details never reach the client, whoever raised it (a service's unknown code, a
 * framework exception, a driver error): they are for the log.
 */
export function describeForClient(exception: unknown): { status: number; code: string; message: string; details?: ErrorDetail[] } {
  if (exception instanceof PlatterError) {
    const status = statusForCode(exception.code);
    if (status === 500) return { ...INTERNAL };
    return { status, code: exception.code, message: exception.message, details: exception.details };
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const code = HTTP_CODES[status] ?? (status >= 500 ? INTERNAL.code : 'BAD_REQUEST');
    if (code === INTERNAL.code) return { ...INTERNAL, status };
    const body = exception.getResponse() as { message?: unknown } | string;
    const message = typeof body === 'string' ? body : typeof body.message === 'string' ? body.message : exception.message;
    return { status, code, message };
  }
  const e = exception as { statusCode?: number; code?: string; message?: string } | null;
  // Fastify's own errors (malformed JSON, body too large, wrong content type) carry a statusCode.
  if (e && typeof e.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500) {
    return { status: e.statusCode, code: HTTP_CODES[e.statusCode] ?? 'VALIDATION_ERROR', message: e.message ?? 'Bad request' };
  }
  return { ...INTERNAL };
}

/** Seconds a client should wait, carried by errors such as RATE_LIMIT_EXCEEDED (`retryAfter`). */
function retryAfterOf(exception: unknown): number | undefined {
  const retryAfter = exception instanceof PlatterError ? (exception as { retryAfter?: unknown }).retryAfter : undefined;
  return typeof retryAfter === 'number' ? retryAfter : undefined;
}

/**
 * One filter for every transport: HTTP answers with the envelope; RPC and event handlers get the
 * original error back so the RabbitMQ transport can serialize its code (or retry the event).
 */
@Catch()
export class PlatterExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('ExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost) {
    if (host.getType() !== 'http') return throwError(() => exception);
    const d = describeForClient(exception);
    if (d.status >= 500 && d.code === 'INTERNAL_ERROR') {
      this.logger.error((exception as Error)?.message ?? String(exception), (exception as Error)?.stack);
    }
    const reply = host.switchToHttp().getResponse();
    const retryAfter = retryAfterOf(exception);
    if (retryAfter !== undefined) reply.header('Retry-After', String(retryAfter));
    reply.status(d.status).send(errorEnvelope(d.code, d.message, d.details, retryAfter !== undefined ? { retryAfter } : {}));
  }
}
