import { createContextKey, ROOT_CONTEXT } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from './async-local-storage-context-manager';

const KEY = createContextKey('test');

describe('AsyncLocalStorageContextManager', () => {
  const manager = new AsyncLocalStorageContextManager().enable();
  const ctx = ROOT_CONTEXT.setValue(KEY, 'v');

  it('is the root context outside with()', () => {
    expect(manager.active()).toBe(ROOT_CONTEXT);
  });

  it('keeps the context across awaits and passes this and arguments', async () => {
    const receiver = { factor: 2 };
    const result = await manager.with(
      ctx,
      async function (this: typeof receiver, n: number) {
        await new Promise((resolve) => setTimeout(resolve, 1));
        return { value: manager.active().getValue(KEY), product: this.factor * n };
      },
      receiver,
      21,
    );

    expect(result).toEqual({ value: 'v', product: 42 });
    expect(manager.active()).toBe(ROOT_CONTEXT);
  });

  it('binds functions to a context and leaves other values alone', () => {
    const bound = manager.bind(ctx, () => manager.active().getValue(KEY));
    expect(bound()).toBe('v');
    const plain = { a: 1 };
    expect(manager.bind(ctx, plain)).toBe(plain);
  });
});
