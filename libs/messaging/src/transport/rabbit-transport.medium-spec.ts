import * as amqp from 'amqplib';
import { DeadLetterAdmin } from '../dead-letters/dead-letter-admin';
import { createEnvelope } from '../envelope';
import { RecordingMetrics, RunningConsumer, startEffectsConsumer } from '../testing-fixtures/effects-consumer';
import {
  AMQP_URL, TestDatabase, createTestDatabase, deleteNamespace, publishRaw, queueState, uniqueNamespace, waitFor,
} from '../testing-fixtures/infra';
import { orderCreated, userStatusChanged } from '../testing-fixtures/payloads';

// RabbitTransport against the real broker and database: inbox deduplication of redelivered
// messages, and rejection of malformed messages to the dead-letter queue without stopping.

const SERVICE = 'transport-test';

// The integration project's testTimeout is not applied by jest 30 to project configs; hooks need it too.
jest.setTimeout(120_000);

describe('RabbitTransport (RabbitMQ + PostgreSQL)', () => {
  let db: TestDatabase;
  let namespace: string;
  let consumer: RunningConsumer;
  let metrics: RecordingMetrics;
  let admin: amqp.ChannelModel;

  beforeAll(async () => {
    db = await createTestDatabase('transport');
    namespace = uniqueNamespace('transport');
    metrics = new RecordingMetrics();
    consumer = await startEffectsConsumer({
      url: AMQP_URL, namespace, service: SERVICE, transactions: db.transactions, metrics, prefetch: 10, retryDelaysMs: [100, 200],
    });
    admin = await amqp.connect(AMQP_URL);
  });

  afterAll(async () => {
    await consumer?.close();
    await admin?.close().catch(() => undefined);
    if (namespace) await deleteNamespace(namespace);
    await db?.drop();
  });

  beforeEach(async () => {
    await db.truncate();
    metrics.outcomes.length = 0;
    consumer.behaviour.calls.clear();
    consumer.behaviour.delays.clear();
    consumer.behaviour.failing = false;
    consumer.behaviour.failFor.clear();
  });

  const handled = () => metrics.outcomes.length;

  it('applies a message delivered twice (same envelope, same id) exactly once', async () => {
    const twice = createEnvelope({ type: 'user.status-changed', version: 1, producer: 'test', payload: userStatusChanged() });
    const after = createEnvelope({ type: 'user.status-changed', version: 1, producer: 'test', payload: userStatusChanged() });
    await publishRaw(namespace, [
      { routingKey: twice.type, content: twice },
      { routingKey: twice.type, content: twice },
      { routingKey: after.type, content: after },
    ]);

    await waitFor('three deliveries to be settled', () => handled() === 3);
    expect(await db.effects()).toEqual([
      { message_id: twice.id, type: 'user.status-changed', consumer: SERVICE, applications: 1 },
      { message_id: after.id, type: 'user.status-changed', consumer: SERVICE, applications: 1 },
    ].sort((a, b) => a.message_id.localeCompare(b.message_id)));
    expect(await db.count('inbox')).toBe(2);
    expect(consumer.behaviour.calls.get(twice.id)).toBe(1);
    expect(metrics.count('duplicate')).toBe(1);
    expect(metrics.count('handled')).toBe(2);
    expect(await queueState(consumer.topology.eventsQueue)).toEqual({ messageCount: 0, consumerCount: 1 });
  });

  it('applies a message once when both deliveries are in flight at the same time', async () => {
    const twice = createEnvelope({ type: 'user.status-changed', version: 1, producer: 'test', payload: userStatusChanged() });
    // The first delivery holds its transaction (and its inbox row) open; the second must wait for it.
    consumer.behaviour.delays.set(twice.id, 700);
    const started = Date.now();
    await publishRaw(namespace, [
      { routingKey: twice.type, content: twice },
      { routingKey: twice.type, content: twice },
    ]);

    await waitFor('both deliveries to be settled', () => handled() === 2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(650);
    expect(await db.effects()).toEqual([{ message_id: twice.id, type: 'user.status-changed', consumer: SERVICE, applications: 1 }]);
    expect(await db.count('inbox')).toBe(1);
    expect(consumer.behaviour.calls.get(twice.id)).toBe(1);
    expect(metrics.count('duplicate')).toBe(1);
    expect(metrics.count('handled')).toBe(1);
  });

  it('consumes again when the broker cancels its consumer (its queue was deleted)', async () => {
    await admin.createChannel().then(async (ch) => {
      await ch.deleteQueue(consumer.topology.eventsQueue);
      await ch.close();
    });
    // The transport re-declares and re-binds its queue and subscribes again.
    await waitFor('the queue to have its consumer back', async () => (await queueState(consumer.topology.eventsQueue))?.consumerCount === 1, 10_000);
    const e = createEnvelope({ type: 'user.status-changed', version: 1, producer: 'test', payload: userStatusChanged() });
    await publishRaw(namespace, [{ routingKey: e.type, content: e }]);
    await waitFor('the event to be applied', async () => (await db.count('effects')) === 1, 10_000);
    expect(await db.effects()).toEqual([{ message_id: e.id, type: 'user.status-changed', consumer: SERVICE, applications: 1 }]);
  });

  it('dead-letters invalid messages with a reason naming the fault and keeps consuming the valid ones after them', async () => {
    const missing = orderCreated() as unknown as Record<string, unknown>;
    delete missing.restaurant_id;
    delete missing.currency;
    const badOrder = createEnvelope({ type: 'order.created', version: 1, producer: 'test', payload: missing });
    const badLine = orderCreated();
    (badLine.items[0] as unknown as Record<string, unknown>).quantity = 0;
    const badNested = createEnvelope({ type: 'order.created', version: 1, producer: 'test', payload: badLine });
    const tooNew = createEnvelope({ type: 'user.status-changed', version: 2, producer: 'test', payload: userStatusChanged() });
    const noId = { ...createEnvelope({ type: 'user.status-changed', version: 1, producer: 'test', payload: userStatusChanged() }), id: undefined };
    const valid = [
      ...Array.from({ length: 5 }, () => createEnvelope({ type: 'user.status-changed', version: 1, producer: 'test', payload: userStatusChanged() })),
      createEnvelope({ type: 'order.created', version: 1, producer: 'test', payload: orderCreated() }),
    ];

    await publishRaw(namespace, [
      { routingKey: 'order.created', content: badOrder },
      { routingKey: 'order.created', content: Buffer.from('{"id": "not json'), options: { messageId: 'not-json-1' } },
      { routingKey: 'order.created', content: badNested },
      { routingKey: 'user.status-changed', content: tooNew },
      { routingKey: 'user.status-changed', content: noId, options: { messageId: 'no-id-1' } },
      ...valid.map((e) => ({ routingKey: e.type, content: e })),
    ]);

    await waitFor('11 deliveries to be settled', () => handled() === 11);
    expect(await db.effects()).toEqual(
      valid.map((e) => ({ message_id: e.id, type: e.type, consumer: SERVICE, applications: 1 })).sort((a, b) => a.message_id.localeCompare(b.message_id)),
    );
    expect(metrics.count('invalid')).toBe(5);
    expect(metrics.count('handled')).toBe(6);
    // The handler never saw an invalid message.
    expect([...consumer.behaviour.calls.keys()].sort()).toEqual(valid.map((e) => e.id).sort());

    await waitFor('the dead-letter queue to hold 5 messages', async () => (await queueState(consumer.topology.deadLetterQueue))?.messageCount === 5);
    const dead = await new DeadLetterAdmin(admin, namespace).list(SERVICE);
    const byId = new Map(dead.map((d) => [d.messageId, d]));
    expect(dead).toHaveLength(5);
    expect(byId.get(badOrder.id)?.reason).toMatch(/^invalid payload: .*restaurant_id: .*currency: /);
    expect(byId.get(badOrder.id)).toMatchObject({ type: 'order.created', attempts: 1 });
    expect(byId.get(badNested.id)?.reason).toMatch(/items\.0\.quantity: quantity must not be less than 1/);
    expect(byId.get('not-json-1')?.reason).toBe('body is not valid JSON');
    expect(byId.get('not-json-1')?.body).toBe('{"id": "not json');
    expect(byId.get(tooNew.id)?.reason).toBe('unsupported version 2 of user.status-changed');
    expect(byId.get('no-id-1')?.reason).toBe('envelope lacks id');
    // Listing only peeks: the messages are still there.
    expect((await queueState(consumer.topology.deadLetterQueue))?.messageCount).toBe(5);
    expect((await queueState(consumer.topology.eventsQueue))?.messageCount).toBe(0);
    await admin.createChannel().then(async (ch) => {
      await ch.purgeQueue(consumer.topology.deadLetterQueue);
      await ch.close();
    });
  });
});
