import { AsyncLocalStorage } from 'node:async_hooks';

/** The message being handled, so events it causes carry its correlation and causation ids. */
export interface MessageContext {
  messageId: string;
  correlationId: string;
}

const storage = new AsyncLocalStorage<MessageContext>();

export function runWithMessageContext<T>(ctx: MessageContext, fn: () => T): T {
  return storage.run(ctx, fn);
}

export function currentMessageContext(): MessageContext | undefined {
  return storage.getStore();
}
