import { PlatterError } from '@platter/contracts';

/** SQLSTATEs after which the whole transaction may simply run again: nothing of it was kept. */
const RETRYABLE_SQLSTATES = new Set([
  '40P01', // deadlock_detected
  '40001', // serialization_failure
]);

/** SQLSTATEs that say the database was too busy for the work, not that the work is wrong. */
const BUSY_SQLSTATES = new Set([
  ...RETRYABLE_SQLSTATES,
  '55P03', // lock_not_available: lock_timeout ran out
  '57014', // query_canceled: statement_timeout ran out
]);

/** The SQLSTATE of an error raised by the pg driver, directly or wrapped by TypeORM. */
export function sqlStateOf(err: unknown): string | undefined {
  const e = err as { code?: unknown; driverError?: { code?: unknown } } | null;
  const code = e?.driverError?.code ?? e?.code;
  return typeof code === 'string' ? code : undefined;
}

export function isRetryableTransactionError(err: unknown): boolean {
  return RETRYABLE_SQLSTATES.has(sqlStateOf(err) ?? '');
}

/**
 * The database gave up on the work because of concurrent work on the same data (a deadlock or a
 * serialization failure that kept recurring, a lock or statement time limit): nothing was
 * changed, and the same request is likely to succeed shortly. SERVICE_BUSY (503) tells the
 * client to retry rather than report a bug. `driverError` keeps what PostgreSQL said, so
 * failure classifiers that read SQLSTATEs (the event transport's retry schedule) still see it.
 */
export class DatabaseBusyError extends PlatterError {
  readonly driverError: unknown;

  constructor(readonly sqlState: string, cause: unknown) {
    super('SERVICE_BUSY', 'The service is busy with concurrent changes to the same data; retry shortly');
    this.driverError = (cause as { driverError?: unknown } | null)?.driverError ?? cause;
    this.cause = cause;
  }
}

/** What pg, its pool and TypeORM raise when the session went away under a transaction. */
const CONNECTION_LOST_MESSAGE = /Connection terminated|connection error|timeout exceeded when trying to connect/i;

/** The transaction lost its database session (terminated, server restarting, network cut). */
export function isConnectionLoss(err: unknown): boolean {
  const state = sqlStateOf(err) ?? '';
  if (/^08...$/.test(state) || /^57P0[123]$/.test(state)) return true;
  const e = err as { name?: unknown; message?: unknown } | null;
  // TypeORM's answer to a query on a runner whose connection the pool already dropped.
  if (e?.name === 'QueryRunnerProviderAlreadyReleasedError') return true;
  return typeof e?.message === 'string' && CONNECTION_LOST_MESSAGE.test(e.message);
}

/**
 * The database session was lost during the work: the transaction was rolled back unless the loss
 * came during COMMIT itself, so SERVICE_UNAVAILABLE (503) says "try again" and the Idempotency-Key
 * of an order or money request makes that retry safe either way. `driverError` always carries a
 * connection-class SQLSTATE, so the event transport waits out the outage without spending attempts.
 */
export class DatabaseUnavailableError extends PlatterError {
  readonly driverError: unknown;

  constructor(cause: unknown) {
    super('SERVICE_UNAVAILABLE', 'The service lost its database connection; retry shortly');
    const state = sqlStateOf(cause);
    this.driverError = state ? ((cause as { driverError?: unknown }).driverError ?? cause) : { code: '08006', message: (cause as Error)?.message };
    this.cause = cause;
  }
}

/**
 * `err` as DatabaseBusyError when PostgreSQL reported a busy condition, as DatabaseUnavailableError
 * when the session was lost; otherwise `err` itself.
 */
export function asDatabaseBusy(err: unknown): unknown {
  if (err instanceof DatabaseBusyError || err instanceof DatabaseUnavailableError) return err;
  const state = sqlStateOf(err);
  if (state && BUSY_SQLSTATES.has(state)) return new DatabaseBusyError(state, err);
  return isConnectionLoss(err) ? new DatabaseUnavailableError(err) : err;
}
