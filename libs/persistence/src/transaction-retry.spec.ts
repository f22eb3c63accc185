// TransactionHost's retry of deadlocked or unserializable transactions and the error that ends
// them, on a stand-in DataSource whose transaction() just runs the callback (no I/O).
import { ERROR_STATUS, PlatterError } from '@platter/contracts';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { DatabaseBusyError, DatabaseUnavailableError, asDatabaseBusy, isRetryableTransactionError } from './database-busy';
import { TransactionHost } from './transaction-host';

const pgError = (code: string, message = 'aborted') => new QueryFailedError('UPDATE x', [], Object.assign(new Error(message), { code }));

function fakeDataSource(): DataSource & { transactions: number } {
  const ds = {
    transactions: 0,
    manager: {} as EntityManager,
    async transaction<T>(fn: (m: EntityManager) => Promise<T>): Promise<T> {
      ds.transactions++;
      return fn({ attempt: ds.transactions } as unknown as EntityManager);
    },
  };
  return ds as unknown as DataSource & { transactions: number };
}

/** Resolves once setImmediate callbacks queued so far (after-commit work) have run. */
const afterCallbacks = () => new Promise((r) => setImmediate(() => setImmediate(r)));

describe('database errors that mean "busy, retry"', () => {
  it.each(['40P01', '40001'])('retries a transaction aborted with %s', (code) => {
    expect(isRetryableTransactionError(pgError(code))).toBe(true);
  });

  it.each(['55P03', '57014', '23505', '42P01'])('does not rerun a transaction that failed with %s', (code) => {
    expect(isRetryableTransactionError(pgError(code))).toBe(false);
  });

  it.each(['40P01', '40001', '55P03', '57014'])('answers %s as SERVICE_BUSY, a 503 the client may retry, keeping the SQLSTATE', (code) => {
    const err = asDatabaseBusy(pgError(code));
    expect(err).toBeInstanceOf(DatabaseBusyError);
    expect(err).toBeInstanceOf(PlatterError);
    expect((err as PlatterError).code).toBe('SERVICE_BUSY');
    expect((err as PlatterError).status).toBe(503);
    expect(ERROR_STATUS.SERVICE_BUSY).toBe(503);
    expect((err as DatabaseBusyError).sqlState).toBe(code);
    expect(((err as DatabaseBusyError).driverError as { code: string }).code).toBe(code);
    // What crosses the wire says nothing of the SQL.
    expect((err as PlatterError).toJSON()).toEqual({ code: 'SERVICE_BUSY', message: expect.stringMatching(/retry/) });
  });

  it.each([
    ['a terminated session (57P01)', pgError('57P01', 'terminating connection due to administrator command')],
    ['a connection failure (08006)', pgError('08006')],
    ['a query on a runner the pool already dropped', Object.assign(new Error('Query runner already released'), { name: 'QueryRunnerProviderAlreadyReleasedError' })],
    ['pg losing its socket', new Error('Connection terminated unexpectedly')],
  ])('answers %s as SERVICE_UNAVAILABLE (503) with a connection-class SQLSTATE for the transport', (_, cause) => {
    const err = asDatabaseBusy(cause);
    expect(err).toBeInstanceOf(DatabaseUnavailableError);
    expect((err as PlatterError).status).toBe(503);
    expect((err as PlatterError).toJSON()).toEqual({ code: 'SERVICE_UNAVAILABLE', message: expect.stringMatching(/retry/) });
    expect(((err as DatabaseUnavailableError).driverError as { code: string }).code).toMatch(/^(08|57P0)/);
  });

  it('leaves other errors as they are', () => {
    const unique = pgError('23505');
    expect(asDatabaseBusy(unique)).toBe(unique);
    const plain = new Error('boom');
    expect(asDatabaseBusy(plain)).toBe(plain);
  });
});

describe('TransactionHost.run: retries', () => {
  it('runs a deadlocked transaction again and returns what the attempt that committed returned', async () => {
    const ds = fakeDataSource();
    const tx = new TransactionHost(ds, { backoffMs: 1 });
    let calls = 0;
    const result = await tx.run(async () => {
      calls++;
      if (calls === 1) throw pgError('40P01', 'deadlock detected');
      return `attempt ${calls}`;
    });
    expect(result).toBe('attempt 2');
    expect(ds.transactions).toBe(2);
  });

  it('gives up after the configured attempts with SERVICE_BUSY, never the raw database error', async () => {
    const ds = fakeDataSource();
    const tx = new TransactionHost(ds, { attempts: 3, backoffMs: 1 });
    const err = await tx.run(async () => {
      throw pgError('40001', 'could not serialize access');
    }).catch((e: unknown) => e);
    expect(ds.transactions).toBe(3);
    expect(err).toBeInstanceOf(DatabaseBusyError);
    expect((err as DatabaseBusyError).code).toBe('SERVICE_BUSY');
  });

  it('does not rerun other failures, and passes them on unchanged', async () => {
    const ds = fakeDataSource();
    const tx = new TransactionHost(ds, { backoffMs: 1 });
    const unique = pgError('23505', 'duplicate key');
    await expect(tx.run(async () => Promise.reject(unique))).rejects.toBe(unique);
    const lockTimeout = tx.run(async () => Promise.reject(pgError('55P03', 'lock timeout')));
    await expect(lockTimeout).rejects.toBeInstanceOf(DatabaseBusyError);
    expect(ds.transactions).toBe(2);
  });

  it('retries only the outermost call: a nested run joins and lets the error through', async () => {
    const ds = fakeDataSource();
    const tx = new TransactionHost(ds, { backoffMs: 1 });
    let inner = 0;
    await tx.run(async () => {
      await tx.run(async () => {
        inner++;
        if (inner === 1) throw pgError('40P01');
      });
    });
    expect(inner).toBe(2);
    expect(ds.transactions).toBe(2);
  });

  it('drops the after-commit callbacks of an attempt that failed and runs those of the one that committed', async () => {
    const ds = fakeDataSource();
    const tx = new TransactionHost(ds, { backoffMs: 1 });
    const ran: string[] = [];
    let attempt = 0;
    await tx.run(async () => {
      attempt++;
      const mine = attempt;
      tx.afterCommit(() => ran.push(`callback of attempt ${mine}`));
      if (attempt === 1) throw pgError('40P01');
    });
    await afterCallbacks();
    expect(ran).toEqual(['callback of attempt 2']);
  });

  it('runs after-commit callbacks outside the finished transaction, and never for a transaction that failed for good', async () => {
    const ds = fakeDataSource();
    const tx = new TransactionHost(ds, { attempts: 2, backoffMs: 1 });
    const seen: boolean[] = [];
    await tx.run(async () => tx.afterCommit(() => seen.push(tx.inTransaction)));
    await tx.run(async () => {
      tx.afterCommit(() => seen.push(true));
      throw pgError('40001');
    }).catch(() => undefined);
    await afterCallbacks();
    expect(seen).toEqual([false]);
  });
});
