import { AsyncLocalStorage } from 'node:async_hooks';
import { Context, ContextManager, ROOT_CONTEXT } from '@opentelemetry/api';

/**
 * OpenTelemetry context manager on AsyncLocalStorage, so the active span follows awaits.
 * Ours rather than @opentelemetry/context-async-hooks, which is only a transitive dependency
 * here; without auto-instrumentation we need no EventEmitter binding, so this is all of it.
 */
export class AsyncLocalStorageContextManager implements ContextManager {
  private readonly storage = new AsyncLocalStorage<Context>();

  active(): Context {
    return this.storage.getStore() ?? ROOT_CONTEXT;
  }

  with<A extends unknown[], F extends (...args: A) => ReturnType<F>>(
    context: Context,
    fn: F,
    thisArg?: ThisParameterType<F>,
    ...args: A
  ): ReturnType<F> {
    const callback = thisArg == null ? fn : (fn.bind(thisArg) as F);
    return this.storage.run(context, callback, ...args);
  }

  bind<T>(context: Context, target: T): T {
    if (typeof target !== 'function') return target;
    const run = (thisArg: unknown, args: unknown[]) => this.with(context, () => target.apply(thisArg, args));
    return function (this: unknown, ...args: unknown[]) {
      return run(this, args);
    } as T;
  }

  enable(): this {
    return this;
  }

  disable(): this {
    this.storage.disable();
    return this;
  }
}
