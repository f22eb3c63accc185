import { AMQP_URL, sleep, waitFor } from '../testing-fixtures/infra';
import { AmqpConnection } from './amqp-connection';

// The integration project's testTimeout is not applied by jest 30 to project configs; hooks need it too.
jest.setTimeout(120_000);

describe('AmqpConnection (RabbitMQ)', () => {
  it('runs every setup hook exactly once per connection, even one registered while the others run', async () => {
    const connection = new AmqpConnection({ url: AMQP_URL, name: 'test-hooks' });
    const calls: string[] = [];
    let releaseFirst!: () => void;
    const firstRunning = new Promise<void>((resolve) => {
      void connection.onConnect(async () => {
        calls.push('first');
        resolve();
        await new Promise<void>((r) => (releaseFirst = r));
      });
    });
    try {
      connection.start();
      await firstRunning; // connected; the first hook is still running
      const second = connection.onConnect(async () => {
        calls.push('second');
      });
      await sleep(50);
      releaseFirst();
      await second;
      await connection.waitUntilConnected();
      await sleep(100);
      expect(calls).toEqual(['first', 'second']);
    } finally {
      await connection.close();
    }
  });

  it('stops reconnecting once closed', async () => {
    let attempts = 0;
    const logger = { info() {}, debug() {}, error() {}, warn: (_o: object, msg?: string) => void (msg === 'amqp unavailable, reconnecting' && attempts++) };
    const connection = new AmqpConnection({ url: 'amqp://guest:guest@127.0.0.1:1', name: 'test-unreachable', minBackoffMs: 20, maxBackoffMs: 50, logger });
    try {
      connection.start();
      await waitFor('a few connection attempts', () => attempts >= 3, 5_000, 10);
      await connection.close();
      const before = attempts;
      await sleep(300);
      expect(attempts).toBe(before);
      expect(connection.isConnected).toBe(false);
      await expect(connection.waitUntilConnected(100)).rejects.toThrow(/not reachable within 100 ms/);
    } finally {
      await connection.close();
    }
  });

  it('does not come up when closed while the connection attempt is under way', async () => {
    const connection = new AmqpConnection({ url: AMQP_URL, name: 'test-close-while-connecting' });
    let hookRuns = 0;
    await connection.onConnect(async () => void hookRuns++);
    connection.start();
    await connection.close();
    await sleep(500);
    expect(connection.isConnected).toBe(false);
    expect(hookRuns).toBe(0);
    await connection.close();
  });
});
