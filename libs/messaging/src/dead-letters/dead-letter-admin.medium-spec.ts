import * as amqp from 'amqplib';
import { MessageEnvelope } from '@platter/contracts';
import { createEnvelope } from '../envelope';
import { RecordingMetrics, RunningConsumer, startEffectsConsumer } from '../testing-fixtures/effects-consumer';
import {
  AMQP_URL, TestDatabase, createTestDatabase, deleteNamespace, publishRaw, queueState, sleep, uniqueNamespace, waitFor,
} from '../testing-fixtures/infra';
import { userStatusChanged } from '../testing-fixtures/payloads';
import { DeadLetterAdmin } from './dead-letter-admin';

// A handler that keeps failing: retried through the delay queues, then dead-lettered with its
// reason; DeadLetterAdmin lists it without consuming it and replays it once the handler is fixed.

const SERVICE = 'dlq-test';
const RETRY_DELAYS = [100, 200];

function event(): MessageEnvelope {
  return createEnvelope({ type: 'user.status-changed', version: 1, producer: 'test', payload: userStatusChanged() });
}

const row = (id: string) => ({ message_id: id, type: 'user.status-changed', consumer: SERVICE, applications: 1 });
const sorted = <T extends { message_id: string }>(rows: T[]) => [...rows].sort((a, b) => a.message_id.localeCompare(b.message_id));

// The integration project's testTimeout is not applied by jest 30 to project configs; hooks need it too.
jest.setTimeout(120_000);

describe('poison messages, dead letters and replay (RabbitMQ + PostgreSQL)', () => {
  let db: TestDatabase;
  let namespace: string;
  let consumer: RunningConsumer;
  let metrics: RecordingMetrics;
  let model: amqp.ChannelModel;
  let admin: DeadLetterAdmin;

  beforeAll(async () => {
    db = await createTestDatabase('dlq');
    namespace = uniqueNamespace('dlq');
    metrics = new RecordingMetrics();
    consumer = await startEffectsConsumer({
      url: AMQP_URL, namespace, service: SERVICE, transactions: db.transactions, metrics, prefetch: 5, retryDelaysMs: RETRY_DELAYS,
    });
    model = await amqp.connect(AMQP_URL);
    admin = new DeadLetterAdmin(model, namespace);
  });

  afterAll(async () => {
    await consumer?.close();
    await model?.close().catch(() => undefined);
    if (namespace) await deleteNamespace(namespace);
    await db?.drop();
  });

  beforeEach(async () => {
    await db.truncate();
    metrics.outcomes.length = 0;
    consumer.behaviour.calls.clear();
    consumer.behaviour.failFor.clear();
  });

  const dlqDepth = async () => (await queueState(consumer.topology.deadLetterQueue))?.messageCount ?? -1;

  it('retries a failing message with the configured delays, dead-letters it with the reason, and replays it once fixed', async () => {
    const poison = event();
    const healthy = event();
    consumer.behaviour.failFor.add(poison.id);
    const started = Date.now();
    await publishRaw(namespace, [
      { routingKey: poison.type, content: poison },
      { routingKey: healthy.type, content: healthy },
    ]);

    await waitFor('the poison message in the DLQ', async () => (await dlqDepth()) === 1);
    // 1 attempt + 2 retries, waiting 100 ms and 200 ms in the delay queues.
    expect(Date.now() - started).toBeGreaterThanOrEqual(RETRY_DELAYS[0] + RETRY_DELAYS[1]);
    expect(consumer.behaviour.calls.get(poison.id)).toBe(3);
    expect(metrics.count('failed')).toBe(3);
    expect(metrics.count('retried')).toBe(2);
    expect(metrics.count('dead_lettered')).toBe(1);
    // The healthy message behind it was not held up, and nothing of the poison one was committed.
    expect(await db.effects()).toEqual([row(healthy.id)]);
    expect(await db.count('inbox')).toBe(1);
    for (const d of RETRY_DELAYS) expect((await queueState(consumer.topology.retryQueue(d)))?.messageCount).toBe(0);
    expect((await queueState(consumer.topology.eventsQueue))?.messageCount).toBe(0);

    const listed = await admin.list(SERVICE);
    expect(listed).toEqual([
      {
        messageId: poison.id,
        type: 'user.status-changed',
        reason: `handler refused ${poison.id}: downstream is failing`,
        deadLetteredAt: expect.any(String),
        attempts: 3,
        body: poison,
      },
    ]);
    // Listing peeks: a second look sees the same message, and the queue still holds it.
    expect(await admin.list(SERVICE)).toEqual(listed);
    expect(await dlqDepth()).toBe(1);

    consumer.behaviour.failFor.delete(poison.id);
    expect(await admin.replay(SERVICE)).toBe(1);
    await waitFor('the replayed message to be applied', async () => (await db.count('effects')) === 2);
    await sleep(300); // nothing else arrives late
    expect(await db.effects()).toEqual(sorted([row(healthy.id), row(poison.id)]));
    expect(await db.count('inbox')).toBe(2);
    expect(consumer.behaviour.calls.get(poison.id)).toBe(4);
    expect(await dlqDepth()).toBe(0);
    expect(await admin.list(SERVICE)).toEqual([]);
  });

  it('replays only the dead letters whose ids it is given and leaves the others in the DLQ', async () => {
    const [a, b, c] = [event(), event(), event()];
    for (const e of [a, b, c]) consumer.behaviour.failFor.add(e.id);
    await publishRaw(namespace, [a, b, c].map((e) => ({ routingKey: e.type, content: e })));
    await waitFor('three dead letters', async () => (await dlqDepth()) === 3);
    expect((await admin.list(SERVICE)).map((d) => d.messageId).sort()).toEqual([a.id, b.id, c.id].sort());

    consumer.behaviour.failFor.clear();
    expect(await admin.replay(SERVICE, [b.id])).toBe(1);
    await waitFor('b to be applied', async () => (await db.count('effects')) === 1);
    await sleep(300);
    expect(await db.effects()).toEqual([row(b.id)]);
    const left = await admin.list(SERVICE);
    expect(left.map((d) => d.messageId).sort()).toEqual([a.id, c.id].sort());
    expect(left.every((d) => d.attempts === 3)).toBe(true);

    expect(await admin.replay(SERVICE)).toBe(2);
    await waitFor('a and c to be applied', async () => (await db.count('effects')) === 3);
    await sleep(300);
    expect(await db.effects()).toEqual(sorted([row(a.id), row(b.id), row(c.id)]));
    expect(await dlqDepth()).toBe(0);
  });

  it('keeps the original routing key of a message through its retries (a producer that set no type)', async () => {
    const e = event();
    consumer.behaviour.failFor.add(e.id);
    await publishRaw(namespace, [{ routingKey: e.type, content: e, options: { type: undefined } }]);
    await waitFor('the dead letter', async () => (await dlqDepth()) === 1);
    const [dead] = await admin.list(SERVICE);
    expect(dead).toMatchObject({ messageId: e.id, type: 'user.status-changed', attempts: 3 });
    await model.createChannel().then(async (ch) => {
      await ch.purgeQueue(consumer.topology.deadLetterQueue);
      await ch.close();
    });
  });

  it('dead-letters again, with fresh retries, a replayed message that still fails', async () => {
    const e = event();
    consumer.behaviour.failFor.add(e.id);
    await publishRaw(namespace, [{ routingKey: e.type, content: e }]);
    await waitFor('the dead letter', async () => (await dlqDepth()) === 1);
    expect(await admin.replay(SERVICE)).toBe(1);
    await waitFor('the dead letter, again', async () => (await dlqDepth()) === 1 && consumer.behaviour.calls.get(e.id) === 6);
    const [again] = await admin.list(SERVICE);
    expect(again).toMatchObject({ messageId: e.id, attempts: 3, reason: `handler refused ${e.id}: downstream is failing` });
    expect(await db.count('effects')).toBe(0);
    expect(await db.count('inbox')).toBe(0);
  });
  it('loses nothing and replays everything when a listing runs while a replay does (two admins, two connections)', async () => {
    const N = 150;
    await model.createChannel().then(async (ch) => {
      await ch.purgeQueue(consumer.topology.deadLetterQueue);
      await ch.close();
    });
    const events = Array.from({ length: N }, () => event());
    for (const e of events) consumer.behaviour.failFor.add(e.id);
    await publishRaw(namespace, events.map((e) => ({ routingKey: e.type, content: e })));
    await waitFor(`${N} dead letters`, async () => (await dlqDepth()) === N, 60_000, 100);
    consumer.behaviour.failFor.clear();

    const otherModel = await amqp.connect(AMQP_URL);
    try {
      const otherAdmin = new DeadLetterAdmin(otherModel, namespace);
      // The listing starts first and is still taking messages when the replay counts the queue.
      const listing = admin.list(SERVICE, N);
      await sleep(15);
      const [listed, replayed] = await Promise.all([listing, otherAdmin.replay(SERVICE)]);
      expect(replayed).toBe(N);
      // Whichever ran first, the listing saw either all of them or none (replayed already).
      expect([0, N]).toContain(listed.length);
      await waitFor(`all ${N} replayed messages to be applied`, async () => (await db.count('effects')) === N, 60_000, 100);
      expect(await dlqDepth()).toBe(0);
      expect((await db.effects()).map((r) => r.message_id)).toEqual(events.map((e) => e.id).sort());
    } finally {
      await otherModel.close().catch(() => undefined);
    }
  });
});
