/**
 * What a failed handler's error means for the message that failed:
 * - 'outage': the database is unreachable or refusing connections. Not the message's fault: wait and
 *   try again without spending an attempt, so an outage longer than the retry schedule parks nothing.
 * - 'transient': a conflict or a stall that a later attempt usually gets past (deadlock, serialization
 *   failure, lock or statement timeout, the handler timing out, a dropped socket to Redis or an HTTP
 *   peer). Retried on the schedule, spending attempts, and dead-lettered when they run out: a peer that
 *   stays broken must not keep a message cycling forever.
 * - 'permanent': anything else (a bug, a rule refusing the message). Same schedule as 'transient'.
 */
export type FailureClass = 'outage' | 'transient' | 'permanent';

/** An event or RPC handler that did not settle within the transport's handlerTimeoutMs. */
export class HandlerTimeoutError extends Error {
  override readonly name = 'HandlerTimeoutError';
  constructor(readonly handler: string, readonly timeoutMs: number) {
    super(`handler for ${handler} did not finish within ${timeoutMs} ms`);
  }
}

/** SQLSTATEs of the connection itself: class 08, admin/crash shutdown, cannot connect now, too many connections. */
const OUTAGE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);
/** deadlock_detected, serialization_failure, lock_not_available, query_canceled (statement timeout). */
const TRANSIENT_SQLSTATES = new Set(['40P01', '40001', '55P03', '57014']);
/** Errors pg and its pool raise when the server goes away or cannot be reached. */
const PG_CONNECTION_MESSAGE = /Connection terminated|timeout exceeded when trying to connect/i;
const SOCKET_CODES = new Set(['ECONNRESET', 'ETIMEDOUT', 'EPIPE']);

interface ErrorLike {
  code?: unknown;
  message?: unknown;
  driverError?: unknown;
  cause?: unknown;
}

export function classifyFailure(err: unknown): FailureClass {
  if (err instanceof HandlerTimeoutError) return 'transient';
  const e = asErrorLike(err);
  if (!e) return 'permanent';
  // TypeORM wraps what the pg driver raised during a query: the driver's error says what happened.
  const driver = asErrorLike(e.driverError);
  const fromDatabase = driver ?? e;
  const code = typeof fromDatabase.code === 'string' ? fromDatabase.code : '';
  const message = typeof fromDatabase.message === 'string' ? fromDatabase.message : '';
  if (code.startsWith('08') && code.length === 5) return 'outage';
  if (OUTAGE_SQLSTATES.has(code)) return 'outage';
  if (TRANSIENT_SQLSTATES.has(code)) return 'transient';
  if (PG_CONNECTION_MESSAGE.test(message)) return 'outage';
  // A refused connection means nothing ran; the pool reports the database refusing this way.
  if (code === 'ECONNREFUSED') return 'outage';
  if (SOCKET_CODES.has(code)) return driver ? 'outage' : 'transient';
  // fetch() and other clients put the socket error in `cause`: a peer that is not the database.
  const cause = asErrorLike(e.cause);
  if (cause && typeof cause.code === 'string' && (SOCKET_CODES.has(cause.code) || cause.code === 'ECONNREFUSED')) return 'transient';
  return 'permanent';
}

function asErrorLike(v: unknown): ErrorLike | null {
  return v && typeof v === 'object' ? (v as ErrorLike) : null;
}
