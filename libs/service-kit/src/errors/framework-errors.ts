import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { errorEnvelope } from './platter-exception.filter';

/** What Fastify refuses before any route, hook or Nest filter runs, as the envelope would say it. */
const FRAMEWORK_ANSWERS: Record<string, { status: number; code: string; message: string }> = {
  // A path that is not valid percent-encoded UTF-8 (`%E0%A4%A`, `%ED%A0%80`).
  FST_ERR_BAD_URL: { status: 400, code: 'VALIDATION_ERROR', message: 'The URL is not valid percent-encoded UTF-8' },
  // A path segment longer than Fastify's maxParamLength: no id is that long.
  FST_ERR_MAX_PARAM_LENGTH: { status: 404, code: 'NOT_FOUND', message: 'Not found' },
  FST_ERR_ASYNC_CONSTRAINT: { status: 400, code: 'VALIDATION_ERROR', message: 'The request cannot be routed' },
};

interface MinimalReply {
  status(code: number): MinimalReply;
  header(name: string, value: string): MinimalReply;
  send(body: unknown): unknown;
}

/**
 * For Fastify's `frameworkErrors` option: routing failures answered with the envelope instead of
 * Fastify's own body. Anything unexpected is a generic 400, never the error's text.
 */
export function frameworkErrorReply(error: { code?: string }, request: { id?: string }, reply: MinimalReply): void {
  const answer = FRAMEWORK_ANSWERS[error.code ?? ''] ?? { status: 400, code: 'VALIDATION_ERROR', message: 'Bad request' };
  const body = { ...errorEnvelope(answer.code, answer.message), requestId: request.id ?? `req_${randomUUID()}` };
  if (request.id) reply.header('X-Request-Id', request.id);
  reply.status(answer.status).header('content-type', 'application/json; charset=utf-8').send(body);
}

/** The raw HTTP answer for a request Node's parser refused (`clientError`), or undefined when none can be sent. */
export function clientErrorResponse(error: { code?: string }): string | undefined {
  if (error.code === 'ECONNRESET') return undefined;
  const [status, message] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'The request line and headers exceed the allowed size']
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'The request took too long to arrive']
        : [400, 'The request is not valid HTTP'];
  const requestId = `req_${randomUUID()}`;
  // Every one of them is a request the client must send again differently: the contract's 400 code.
  const body = JSON.stringify({ ...errorEnvelope('VALIDATION_ERROR', message), requestId });
  return (
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
    `Content-Length: ${Buffer.byteLength(body)}\r\nX-Request-Id: ${requestId}\r\nConnection: close\r\n\r\n${body}`
  );
}

/**
 * For Fastify's `clientErrorHandler` option: Node refuses an oversized request head (431) or a
 * malformed request before Fastify sees it; this sends the envelope rather than Fastify's body.
 */
export function clientErrorReply(error: { code?: string }, socket: Duplex): void {
  const response = socket.destroyed ? undefined : clientErrorResponse(error);
  if (response && socket.writable) socket.write(response);
  socket.destroy();
}
