import * as amqp from 'amqplib';
import { DeadLetterAdmin } from '../dead-letters/dead-letter-admin';
import { createEnvelope } from '../envelope';
import { RecordingMetrics, RunningConsumer, startEffectsConsumer } from '../testing-fixtures/effects-consumer';
import {
  AMQP_URL, TestDatabase, createTestDatabase, deleteNamespace, publishRaw, queueState, uniqueNamespace, uniqueSuffix, waitFor,
} from '../testing-fixtures/infra';
import { userStatusChanged } from '../testing-fixtures/payloads';
import { Topology } from '../topology';

// The transport's bounds against the real broker and database: a handler that never finishes, a
// peer that keeps resetting its socket, a shutdown with a message in hand, and the gateway's
// exclusive relay queue while the broker still holds a dead connection's queue.

// The integration project's testTimeout is not applied by jest 30 to project configs; hooks need it too.
jest.setTimeout(120_000);

const event = () => createEnvelope({ type: 'user.status-changed', version: 1, producer: 'test', payload: userStatusChanged() });

describe('RabbitTransport limits (RabbitMQ + PostgreSQL)', () => {
  let db: TestDatabase;
  let namespace: string;
  let admin: amqp.ChannelModel;
  const running: RunningConsumer[] = [];

  beforeAll(async () => {
    db = await createTestDatabase('limits');
    namespace = uniqueNamespace('limits');
    admin = await amqp.connect(AMQP_URL);
  });

  afterAll(async () => {
    for (const c of running) await c.close().catch(() => undefined);
    await admin?.close().catch(() => undefined);
    if (namespace) await deleteNamespace(namespace);
    await db?.drop();
  });

  async function start(o: Partial<Parameters<typeof startEffectsConsumer>[0]> & { service: string }): Promise<RunningConsumer> {
    const c = await startEffectsConsumer({ url: AMQP_URL, namespace, ...o });
    running.push(c);
    return c;
  }

  it('fails a handler that never finishes into the retry path and dead-letters it when its attempts run out', async () => {
    const metrics = new RecordingMetrics();
    const c = await start({ service: 'limits-hang', transactions: db.transactions, metrics, retryDelaysMs: [100, 200], handlerTimeoutMs: 300 });
    const stuck = event();
    const fine = event();
    c.behaviour.hang.add(stuck.id);
    await publishRaw(namespace, [{ routingKey: stuck.type, content: stuck }, { routingKey: fine.type, content: fine }]);

    await waitFor('the hanging message to be dead-lettered', async () => (await queueState(c.topology.deadLetterQueue))?.messageCount === 1, 15_000);
    const [dead] = await new DeadLetterAdmin(admin, namespace).list('limits-hang');
    expect(dead.messageId).toBe(stuck.id);
    expect(dead.reason).toBe('handler for user.status-changed did not finish within 300 ms');
    // First delivery and both retries, each abandoned after the timeout. The retries never reach the
    // handler: they wait on the inbox row the first attempt's open transaction holds, so the message
    // cannot be applied twice even if that transaction commits late.
    expect(c.behaviour.calls.get(stuck.id)).toBe(1);
    expect(metrics.count('failed', stuck.type)).toBe(3);
    expect(metrics.count('dead_lettered')).toBe(1);
    expect((await db.effects()).map((e) => e.message_id)).toEqual([fine.id]);
    // The abandoned transactions would keep their pool connections forever (and the pool from closing).
    await db.dataSource.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1 AND pid <> pg_backend_pid() AND state <> 'idle'`,
      [`messaging-tests-${db.schema}`],
    );
  });

  it('spends attempts on a socket reset from a peer that is not the database, and dead-letters the message', async () => {
    const metrics = new RecordingMetrics();
    const c = await start({ service: 'limits-reset', transactions: db.transactions, metrics, retryDelaysMs: [100, 200] });
    const e = event();
    c.behaviour.failWith.set(e.id, Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET', errno: -104, syscall: 'read' }));
    await publishRaw(namespace, [{ routingKey: e.type, content: e }]);

    await waitFor('the message to be dead-lettered', async () => (await queueState(c.topology.deadLetterQueue))?.messageCount === 1, 15_000);
    const [dead] = await new DeadLetterAdmin(admin, namespace).list('limits-reset');
    expect(dead).toMatchObject({ messageId: e.id, reason: 'read ECONNRESET' });
    expect(c.behaviour.calls.get(e.id)).toBe(3);
  });

  it('close() stops waiting for a message in hand after drainTimeoutMs, and the broker takes the message back', async () => {
    const c = await start({ service: 'limits-drain', drainTimeoutMs: 300, handlerTimeoutMs: 60_000 });
    const e = event();
    c.behaviour.hang.add(e.id);
    await publishRaw(namespace, [{ routingKey: e.type, content: e }]);
    await waitFor('the handler to hold the message', () => c.behaviour.calls.get(e.id) === 1, 10_000);

    const started = Date.now();
    const closed = await Promise.race([c.close().then(() => 'closed'), new Promise((r) => setTimeout(() => r('still draining'), 5_000))]);
    expect(closed).toBe('closed');
    expect(Date.now() - started).toBeLessThan(3_000);
    await waitFor('the unacked message to be back in the queue', async () => (await queueState(c.topology.eventsQueue))?.messageCount === 1, 10_000);
  });

  it('instance mode sets up and receives events while the broker still holds the exclusive queue of an earlier connection', async () => {
    const service = 'limits-relay';
    const instanceId = `gw-${uniqueSuffix()}`;
    const topology = new Topology(namespace, service);
    // The connection the broker has not noticed is dead yet, still owning its exclusive queue.
    const ghost = await amqp.connect(AMQP_URL);
    ghost.on('error', () => undefined);
    try {
      const ghostCh = await ghost.createChannel();
      await ghostCh.assertQueue(topology.instanceQueue(instanceId), { exclusive: true, autoDelete: true, durable: false });
      await ghostCh.assertQueue(`${topology.instanceQueue(instanceId)}.1`, { exclusive: true, autoDelete: true, durable: false });

      const c = await start({ service, mode: 'instance', instanceId });
      const e = event();
      // The relay binds asynchronously after the connection is up: publish until it arrives.
      await waitFor(
        'the relay to receive an event',
        async () => {
          await publishRaw(namespace, [{ routingKey: e.type, content: e }]);
          return (c.behaviour.calls.get(e.id) ?? 0) >= 1;
        },
        10_000,
        200,
      );
    } finally {
      await ghost.close().catch(() => undefined);
    }
  });
});
