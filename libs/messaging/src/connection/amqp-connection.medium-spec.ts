import * as amqp from 'amqplib';
import { AMQP_URL, sleep, waitFor } from '../testing-fixtures/infra';
import { AmqpConnection } from './amqp-connection';

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
    const connection = new AmqpConnection({ url: 'amqp://guest:guest@127.0.0.1:1', name: 'test-unreachable', minBackoffMs: 20, maxBackoffMs: 50 });
    const spy = jest.spyOn(amqp, 'connect');
    try {
      connection.start();
      await waitFor('a few connection attempts', () => spy.mock.calls.length >= 3, 5_000, 10);
      await connection.close();
      const attempts = spy.mock.calls.length;
      await sleep(300);
      expect(spy.mock.calls.length).toBe(attempts);
      expect(connection.isConnected).toBe(false);
      await expect(connection.waitUntilConnected(100)).rejects.toThrow(/not reachable within 100 ms/);
    } finally {
      spy.mockRestore();
      await connection.close();
    }
  });
});
