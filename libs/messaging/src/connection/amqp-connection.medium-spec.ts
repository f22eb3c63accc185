import * as amqp from 'amqplib';
import { AMQP_URL, deleteNamespace, sleep, uniqueNamespace, waitFor, withChannel } from '../testing-fixtures/infra';
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
  /** A hook that consumes `queue` into `seen`; counts its runs. */
  function consumerHook(queue: string, seen: string[], runs: { n: number }) {
    return async (model: amqp.ChannelModel) => {
      runs.n++;
      const ch = await model.createChannel();
      await ch.assertQueue(queue, { durable: false, autoDelete: true });
      await ch.consume(queue, (msg) => {
        if (!msg) return;
        seen.push(msg.content.toString());
        ch.ack(msg);
      });
    };
  }

  /** A hook that fails its first two runs; its third waits for `gate` and then succeeds. */
  function flakyHook(gate: Promise<void>, runs: { n: number }) {
    return async () => {
      runs.n++;
      if (runs.n <= 2) throw new Error(`flaky set-up failed (run ${runs.n})`);
      await gate;
    };
  }

  async function send(queue: string, ...bodies: string[]): Promise<void> {
    await withChannel(async (ch) => {
      for (const b of bodies) ch.sendToQueue(queue, Buffer.from(b));
      await ch.waitForConfirms();
    });
  }

  it('retries a failing hook on its own, on the same connection, without disturbing another hook\'s consumer', async () => {
    const namespace = uniqueNamespace('hooks');
    const queue = `${namespace}.steady`;
    const connection = new AmqpConnection({ url: AMQP_URL, name: 'test-independent-hooks', minBackoffMs: 50, maxBackoffMs: 200 });
    const seen: string[] = [];
    const steadyRuns = { n: 0 };
    const flakyRuns = { n: 0 };
    let openGate!: () => void;
    const gate = new Promise<void>((r) => (openGate = r));
    try {
      await connection.onConnect(consumerHook(queue, seen, steadyRuns));
      await connection.onConnect(flakyHook(gate, flakyRuns));
      connection.start();
      await waitFor('the steady consumer to be up', () => steadyRuns.n === 1, 10_000, 10);
      const model = await waitFor('the connection', () => connection.current, 10_000, 10);
      await waitFor('the flaky hook to have failed twice and to be retrying', () => flakyRuns.n === 3, 10_000, 10);
      await send(queue, 'while-failing-1', 'while-failing-2');
      await waitFor('the consumer to receive while the other hook fails', () => seen.length === 2, 5_000, 10);
      openGate();
      await send(queue, 'after-recovery');
      await waitFor('the last message', () => seen.length === 3, 5_000, 10);
      expect(seen).toEqual(['while-failing-1', 'while-failing-2', 'after-recovery']);
      // Same connection throughout; the steady hook never ran again (its consumer was never torn down).
      expect(connection.current).toBe(model);
      expect(steadyRuns.n).toBe(1);
      expect(flakyRuns.n).toBe(3);
    } finally {
      openGate();
      await connection.close();
      await deleteNamespace(namespace).catch(() => undefined);
    }
  });
});
