import { randomUUID } from 'node:crypto';
import { SUBSCRIPTIONS } from '@platter/contracts';
import { AmqpConnection } from '../connection/amqp-connection';
import { OutboxRetriesInboxIndex1700000000100 } from '../migrations/outbox-retries-inbox-index.migration';
import { MessagingMetrics, noMetrics } from '../ports';
import {
  AMQP_URL, TestDatabase, createTestDatabase, deleteNamespace, queueState, sleep, uniqueNamespace, waitFor, withChannel,
} from '../testing-fixtures/infra';
import { Topology } from '../topology';
import { MANDATORY_ROUTING_KEYS, OutboxRelay } from './outbox-relay';

// An event whose routing key some subscription lists, published while no queue is bound to it:
// the broker returns it, the row stays unpublished and is retried with a backoff, and it is
// delivered once a queue is bound. Keys no subscription lists are published without `mandatory`.

jest.setTimeout(120_000);

const SUBSCRIBED = 'user.status-changed'; // dispatch's queue receives it
const UNSUBSCRIBED = 'restaurant.membership-changed'; // only the gateway's per-instance queues

describe.each([
  ['with the retry columns', true],
  ['without the retry columns (migration not applied yet)', false],
])('unroutable events stay in the outbox (RabbitMQ + PostgreSQL), %s', (_label, migrated) => {
  let db: TestDatabase;
  let namespace: string;
  let connection: AmqpConnection;
  const unroutable: string[] = [];
  const metrics: MessagingMetrics = { ...noMetrics, countOutboxUnroutable: (key) => void unroutable.push(key) };

  beforeAll(async () => {
    db = await createTestDatabase('unroutable');
    // The test database has every messaging migration: the case without the retry columns takes them away.
    if (!migrated) {
      const runner = db.dataSource.createQueryRunner();
      await new OutboxRetriesInboxIndex1700000000100().down(runner).finally(() => runner.release());
    }
    namespace = uniqueNamespace('unroutable');
    connection = new AmqpConnection({ url: AMQP_URL, name: 'test-unroutable' });
    connection.start();
    await connection.waitUntilConnected();
  });

  afterAll(async () => {
    await connection?.close();
    if (namespace) await deleteNamespace(namespace);
    await db?.drop();
  });

  async function insert(routingKey: string): Promise<string> {
    const id = randomUUID();
    await db.dataSource.query(`INSERT INTO outbox (id, routing_key, envelope) VALUES ($1, $2, $3)`, [id, routingKey, JSON.stringify({ id, type: routingKey })]);
    return id;
  }

  it('keeps the row unpublished while no queue is bound, and delivers it once one is', async () => {
    expect(SUBSCRIPTIONS.dispatch).toContain(SUBSCRIBED);
    expect(Object.values(SUBSCRIPTIONS).some((keys) => (keys as readonly string[]).includes(UNSUBSCRIBED))).toBe(false);
    const relay = new OutboxRelay({
      dataSource: db.dataSource, schema: db.schema, listenUrl: db.url, connection, topology: new Topology(namespace, 'unroutable-test'),
      metrics, unroutableRetryMs: 300,
    });
    try {
      const subscribed = await insert(SUBSCRIBED);
      const unsubscribed = await insert(UNSUBSCRIBED);

      // Nothing is bound in this namespace: the subscribed key comes back, the other goes out (to nobody).
      expect(await relay.drainOnce()).toBe(1);
      const published = async () =>
        Object.fromEntries((await db.dataSource.query(`SELECT id, published_at IS NOT NULL AS published FROM outbox`)).map((r: { id: string; published: boolean }) => [r.id, r.published]));
      expect(await published()).toEqual({ [subscribed]: false, [unsubscribed]: true });
      expect(unroutable).toEqual([SUBSCRIBED]);
      if (migrated) {
        const [row] = await db.dataSource.query(`SELECT attempts, last_error, next_attempt_at > now() AS waits FROM outbox WHERE id = $1`, [subscribed]);
        expect(row).toEqual({ attempts: 1, last_error: '312 NO_ROUTE', waits: true });
      }
      // Backing off: an immediate second drain does not send it again.
      expect(await relay.drainOnce()).toBe(0);
      expect(unroutable).toHaveLength(1);
      expect((await relay.backlog()).backlog).toBe(1);

      // A queue is bound (provisioning caught up): the next attempt delivers it.
      const queue = `${namespace}.late-subscriber.events`;
      await withChannel(async (ch) => {
        await ch.assertQueue(queue, { durable: true });
        await ch.bindQueue(queue, new Topology(namespace, 'x').eventsExchange, SUBSCRIBED);
      });
      await sleep(350);
      await waitFor('the held-back event to go out', async () => (await relay.drainOnce()) === 1, 10_000, 100);
      expect(await published()).toEqual({ [subscribed]: true, [unsubscribed]: true });
      expect(await queueState(queue)).toEqual({ messageCount: 1, consumerCount: 0 });
      const body = await withChannel(async (ch) => {
        const msg = await ch.get(queue, { noAck: true });
        return msg && { id: msg.properties.messageId, type: JSON.parse(msg.content.toString()).type };
      });
      expect(body).toEqual({ id: subscribed, type: SUBSCRIBED });
      expect(unroutable).toHaveLength(1);
      expect([MANDATORY_ROUTING_KEYS.has(SUBSCRIBED), MANDATORY_ROUTING_KEYS.has(UNSUBSCRIBED)]).toEqual([true, false]);
    } finally {
      await relay.stop();
    }
  });
});
