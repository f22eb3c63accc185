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

/** `err` as DatabaseBusyError when PostgreSQL reported it as a busy condition; otherwise `err` itself. */
export function asDatabaseBusy(err: unknown): unknown {
  if (err instanceof DatabaseBusyError) return err;
  const state = sqlStateOf(err);
  return state && BUSY_SQLSTATES.has(state) ? new DatabaseBusyError(state, err) : err;
}
