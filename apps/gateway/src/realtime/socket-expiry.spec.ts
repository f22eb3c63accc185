import { AUTH_EXPIRED_EVENT, endAtExpiry } from './socket-expiry';

function fakeSocket() {
  const listeners = new Map<string, () => void>();
  const calls: string[] = [];
  const socket = {
    emit: jest.fn((event: string) => {
      calls.push(`emit:${event}`);
      return true;
    }),
    disconnect: jest.fn((): void => {
      calls.push('disconnect');
    }),
    once: jest.fn((event: string, listener: () => void): void => {
      listeners.set(event, listener);
    }),
  };
  return { socket, calls, fire: (event: string) => listeners.get(event)?.() };
}

describe('endAtExpiry', () => {
  const start = Date.UTC(2026, 0, 1);

  beforeEach(() => jest.useFakeTimers({ now: start }));
  afterEach(() => jest.useRealTimers());

  it('says auth_expired, then disconnects, when the token expires and not a millisecond before', () => {
    const { socket, calls } = fakeSocket();
    endAtExpiry(socket as never, start + 5_000);
    jest.advanceTimersByTime(4_999);
    expect(calls).toEqual([]);
    jest.advanceTimersByTime(1);
    expect(calls).toEqual([`emit:${AUTH_EXPIRED_EVENT}`, 'disconnect']);
    expect(socket.emit).toHaveBeenCalledWith(AUTH_EXPIRED_EVENT, { code: 'INVALID_TOKEN', message: expect.stringMatching(/expired/) });
  });

  it('ends at once a connection whose token has already expired', () => {
    const { calls, socket } = fakeSocket();
    endAtExpiry(socket as never, start - 1);
    expect(calls).toEqual([`emit:${AUTH_EXPIRED_EVENT}`, 'disconnect']);
  });

  it('forgets the timer when the client leaves first', () => {
    const { socket, fire } = fakeSocket();
    endAtExpiry(socket as never, start + 5_000);
    fire('disconnect');
    jest.advanceTimersByTime(10_000);
    expect(socket.disconnect).not.toHaveBeenCalled();
    expect(jest.getTimerCount()).toBe(0);
  });

  it('waits in steps for an expiry beyond the longest timer delay', () => {
    const { socket } = fakeSocket();
    const thirtyDays = 30 * 86_400_000;
    endAtExpiry(socket as never, start + thirtyDays);
    jest.advanceTimersByTime(thirtyDays - 1);
    expect(socket.disconnect).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1);
    expect(socket.disconnect).toHaveBeenCalledTimes(1);
  });
});
