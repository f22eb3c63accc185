import { AsyncLocalStorage } from 'node:async_hooks';
import { DataSource, EntityManager, EntityTarget, ObjectLiteral, Repository } from 'typeorm';

/**
 * Holds the current transaction in async-local storage, so a use case, the repositories it calls
 * and the outbox writer all share one transaction without passing an EntityManager around.
 */
export class TransactionHost {
  private readonly storage = new AsyncLocalStorage<EntityManager>();

  constructor(readonly dataSource: DataSource) {}

  /** The active transaction's manager, or the pool's manager outside of one. */
  get manager(): EntityManager {
    return this.storage.getStore() ?? this.dataSource.manager;
  }

  get inTransaction(): boolean {
    return this.storage.getStore() !== undefined;
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
    return this.storage.exit(fn);
  }

  /** Runs fn in a transaction; joins the surrounding one if there is one. */
  run<T>(fn: (manager: EntityManager) => Promise<T>): Promise<T> {
    const current = this.storage.getStore();
    if (current) return fn(current);
    return this.dataSource.transaction((manager) => this.storage.run(manager, () => fn(manager)));
  }
}
