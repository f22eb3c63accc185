import { AsyncLocalStorage } from 'node:async_hooks';
import { DataSource, EntityManager, EntityTarget, ObjectLiteral, Repository } from 'typeorm';
import { ConnectionSlots } from './connection-slots';
import { DatabaseBusyError, asDatabaseBusy, isRetryableTransactionError } from './database-busy';

/**
 * Who a transaction works for. 'event': an event handler (the transport's view, `forEvents()`);
 * 'request': everything else (RPC handlers, HTTP, schedulers).
 */
export type TransactionRole = 'request' | 'event';

export interface TransactionHostOptions {
  /**
   * The pool's size. With it, transactions take a slot before a connection, so that:
   * - event transactions together hold at most `poolMax - reservedConnections` connections;
   * - all transactions together hold at most `poolMax - 1`: the last connection stays free for
   *   /health/ready, the outbox relay and reads outside a transaction.
   * A locked row that stalls every event handler then still leaves RPCs and health a connection.
   * Without it, transactions only queue in the pool (tests and tools).
   */
  poolMax?: number;
  /** Pool connections event transactions never take (default 3, at most poolMax - 1). */
  reservedConnections?: number;
  /** How long a request transaction waits for a slot before failing with SERVICE_BUSY (default 5000). */
  slotWaitMs?: number;
  /** Attempts of a transaction aborted by a deadlock or serialization failure (default 3). */
  attempts?: number;
  /** Base of the jittered exponential backoff between attempts (default 20 ms). */
  backoffMs?: number;
  /** Reports failures of after-commit callbacks (they never fail the committed transaction). */
  onAfterCommitError?: (err: unknown) => void;
}

interface ActiveTransaction {
  manager: EntityManager;
  afterCommit: Array<() => unknown>;
}

interface SharedState {
  storage: AsyncLocalStorage<ActiveTransaction>;
  allSlots?: ConnectionSlots;
  eventSlots?: ConnectionSlots;
  options: TransactionHostOptions;
}

/**
 * Holds the current transaction in async-local storage, so a use case, the repositories it calls
 * and the outbox writer all share one transaction without passing an EntityManager around.
 */
export class TransactionHost {
  private readonly shared: SharedState;
  private readonly role: TransactionRole;

  constructor(
    readonly dataSource: DataSource,
    options: TransactionHostOptions = {},
    /** @internal the state of the host a role view was made from (`forEvents()`). */
    shared?: SharedState,
    role: TransactionRole = 'request',
  ) {
    this.shared = shared ?? createSharedState(options);
    this.role = role;
  }

  /**
   * The same host (same current transaction) whose outermost transactions count as event
   * handling: the transport runs each event in one of these, within the event handlers' share.
   */
  forEvents(): TransactionHost {
    return new TransactionHost(this.dataSource, this.shared.options, this.shared, 'event');
  }

  /** The active transaction's manager, or the pool's manager outside of one. */
  get manager(): EntityManager {
    return this.shared.storage.getStore()?.manager ?? this.dataSource.manager;
  }

  get inTransaction(): boolean {
    return this.shared.storage.getStore() !== undefined;
  }

  repository<E extends ObjectLiteral>(entity: EntityTarget<E>): Repository<E> {
    return this.manager.getRepository(entity);
  }

  /**
   * Runs fn outside the current transaction (keeping every other async context, such as the
   * request's ids): for network calls that must not hold a transaction open, and for work deferred
   * from inside one (setImmediate, after-commit callbacks) that would otherwise inherit the
   * finished transaction and its released connection.
   */
  outside<T>(fn: () => T): T {
    return this.shared.storage.exit(fn);
  }

  /**
   * Runs `callback` once the outermost transaction has committed, outside of it; at once when
   * there is no transaction. A callback registered by an attempt that rolled back (and is then
   * retried) is dropped with it: only the attempt that committed has its callbacks run.
   */
  afterCommit(callback: () => unknown): void {
    const current = this.shared.storage.getStore();
    if (current) current.afterCommit.push(callback);
    else this.runDetached([callback]);
  }

  /**
   * Runs fn in a transaction; joins the surrounding one if there is one.
   *
   * The outermost call runs fn again when PostgreSQL aborted the transaction for a deadlock or a
   * serialization failure (after a short jittered pause, up to `attempts` times): fn must keep
   * its effects inside the transaction (or in `afterCommit`). When attempts run out, or a lock or
   * statement time limit ended the work, it fails with DatabaseBusyError (SERVICE_BUSY, 503).
   */
  async run<T>(fn: (manager: EntityManager) => Promise<T>): Promise<T> {
    const current = this.shared.storage.getStore();
    if (current) return fn(current.manager);
    const release = await this.takeSlots();
    try {
      return await this.runWithRetries(fn);
    } finally {
      release();
    }
  }

  private async runWithRetries<T>(fn: (manager: EntityManager) => Promise<T>): Promise<T> {
    const { attempts = 3, backoffMs = 20 } = this.shared.options;
    for (let attempt = 1; ; attempt++) {
      const afterCommit: Array<() => unknown> = [];
      try {
        const result = await this.dataSource.transaction((manager) => this.shared.storage.run({ manager, afterCommit }, () => fn(manager)));
        this.runDetached(afterCommit);
        return result;
      } catch (err) {
        if (isRetryableTransactionError(err) && attempt < attempts) {
          // Jitter keeps the two sides of a deadlock from colliding again in lockstep.
          await sleep(backoffMs * 2 ** (attempt - 1) * (0.5 + Math.random()));
          continue;
        }
        throw asDatabaseBusy(err);
      }
    }
  }

  private async takeSlots(): Promise<() => void> {
    const { allSlots, eventSlots, options } = this.shared;
    if (!allSlots) return () => undefined;
    // Always the event share first, then the whole: one order, so two waiters never hold one each.
    // Event handlers wait without a limit (the broker's prefetch bounds how many); a request gives
    // up so that its caller hears SERVICE_BUSY instead of timing out.
    const releaseEvent = this.role === 'event' && eventSlots ? await eventSlots.acquire() : undefined;
    try {
      const wait = this.role === 'event' ? undefined : (options.slotWaitMs ?? 5000);
      const releaseAll = await allSlots.acquire(wait, () => new DatabaseBusyError('53300', new Error('no database connection free for this transaction')));
      return () => {
        releaseAll();
        releaseEvent?.();
      };
    } catch (err) {
      releaseEvent?.();
      throw err;
    }
  }

  private runDetached(callbacks: Array<() => unknown>): void {
    if (callbacks.length === 0) return;
    const report = this.shared.options.onAfterCommitError ?? (() => undefined);
    this.outside(() =>
      setImmediate(() => {
        for (const callback of callbacks) {
          Promise.resolve()
            .then(callback)
            .catch((err: unknown) => report(err));
        }
      }),
    );
  }
}

function createSharedState(options: TransactionHostOptions): SharedState {
  const storage = new AsyncLocalStorage<ActiveTransaction>();
  const { poolMax } = options;
  if (poolMax === undefined) return { storage, options };
  const reserved = options.reservedConnections ?? 3;
  if (!Number.isInteger(poolMax) || poolMax < 2 || reserved < 0 || poolMax - reserved < 1) {
    throw new Error(
      `A pool of ${poolMax} with ${reserved} connections reserved leaves event handlers no connection: ` +
        'raise DATABASE_POOL_MAX (at least 2, and above DATABASE_RESERVED_CONNECTIONS) or lower the reserve',
    );
  }
  return {
    storage,
    options,
    allSlots: new ConnectionSlots(poolMax - 1),
    eventSlots: new ConnectionSlots(Math.min(poolMax - reserved, poolMax - 1)),
  };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
