import { AsyncLocalStorage } from 'node:async_hooks';

// Captured when this module loads, outside any request or transaction.
const root = AsyncLocalStorage.snapshot();

/**
 * Runs fn outside whatever transaction (and request context) the caller is in. Provider calls are
 * network calls: they must never hold a database transaction open, and work deferred from inside a
 * transaction (setImmediate, after-commit callbacks) would otherwise inherit the finished
 * transaction from async-local storage and fail on its released connection.
 */
export function outsideAnyTransaction<T>(fn: () => Promise<T>): Promise<T> {
  return root(fn);
}
