import { currentRequestContext, runWithRequestContext } from './request-context';

describe('request context', () => {
  it('is undefined outside a request', () => {
    expect(currentRequestContext()).toBeUndefined();
  });

  it('follows awaits and timers inside the run, and ends with it', async () => {
    const seen = await runWithRequestContext({ requestId: 'r-1', correlationId: 'c-1' }, async () => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      return currentRequestContext();
    });

    expect(seen).toEqual({ requestId: 'r-1', correlationId: 'c-1' });
    expect(currentRequestContext()).toBeUndefined();
  });

  it('keeps concurrent requests apart', async () => {
    const read = (id: string) =>
      runWithRequestContext({ requestId: id }, async () => {
        await new Promise((resolve) => setTimeout(resolve, id === 'a' ? 5 : 1));
        return currentRequestContext()?.requestId;
      });

    await expect(Promise.all([read('a'), read('b')])).resolves.toEqual(['a', 'b']);
  });
});
