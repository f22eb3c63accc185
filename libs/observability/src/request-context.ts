import { AsyncLocalStorage } from 'node:async_hooks';

/** Ids of the request or message being handled, read by the logger without being passed around. */
export interface RequestContext {
  requestId?: string;
  correlationId?: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

/** Runs `fn` (and everything it awaits or schedules) with `ctx` as the current request context. */
export function runWithRequestContext<T>(ctx: RequestContext, fn: () => T): T {
  return storage.run(ctx, fn);
}

export function currentRequestContext(): RequestContext | undefined {
  return storage.getStore();
}
