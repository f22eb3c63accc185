import { Client } from 'pg';
import { AmqpConnection } from '../connection/amqp-connection';
import { OutboxRelay } from '../outbox/outbox-relay';
import { AMQP_URL, TestDatabase, createTestDatabase, deleteNamespace, sleep, uniqueNamespace, waitFor } from '../testing-fixtures/infra';
import { Topology } from '../topology';
import { inboxPruneLockName, pruneInbox } from './inbox-pruner';

// The inbox prune on the real PostgreSQL: old rows go in batches through the received_at index,
// young rows stay, and only one replica prunes at a time.

jest.setTimeout(120_000);

describe('inbox pruning (PostgreSQL)', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    // createTestDatabase applies every messaging migration, the received_at index included.
    db = await createTestDatabase('inbox_prune');
  });

  afterAll(async () => {
    await db?.drop();
  });

  async function seed(old: number, young: number): Promise<void> {
    await db.dataSource.query(`TRUNCATE inbox`);
    await db.dataSource.query(
      `INSERT INTO inbox (consumer, message_id, received_at)
       SELECT 'c', 'old-' || g, now() - interval '10 days' - g * interval '1 second' FROM generate_series(1, $1) g`,
      [old],
    );
    await db.dataSource.query(`INSERT INTO inbox (consumer, message_id) SELECT 'c', 'young-' || g FROM generate_series(1, $1) g`, [young]);
  }

  /** Holds the prune lock on its own session, as another replica pruning would. */
  async function holdLock(): Promise<Client> {
    const other = new Client({ connectionString: db.url, application_name: `prune-lock-holder-${db.schema}` });
    await other.connect();
    await other.query(`SELECT pg_advisory_lock(hashtext($1)::bigint)`, [inboxPruneLockName(db.schema)]);
    return other;
  }

  it('deletes the old rows in batches and keeps the young ones', async () => {
    await seed(12_000, 40);
    const result = await pruneInbox(db.dataSource, { schema: db.schema, retentionDays: 7, batchSize: 5_000 });
    // 5 000 + 5 000 + 2 000: the third, short batch ends the loop.
    expect(result).toEqual({ ran: true, deleted: 12_000, statements: 3 });
    expect(await db.count('inbox')).toBe(40);
    expect(await db.count('inbox', `message_id LIKE 'old-%'`)).toBe(0);
  });

  it('has an index on received_at that the batch lookup can use', async () => {
    const [index] = await db.dataSource.query(`SELECT indexdef FROM pg_indexes WHERE schemaname = $1 AND indexname = 'inbox_received_at'`, [db.schema]);
    expect(index.indexdef).toMatch(/ON .*inbox USING btree \(received_at\)/);
    await seed(2_000, 20_000);
    await db.dataSource.query(`ANALYZE inbox`);
    const plan: Array<{ 'QUERY PLAN': string }> = await db.dataSource.query(
      `EXPLAIN SELECT consumer, message_id FROM inbox WHERE received_at < now() - interval '7 days' LIMIT 5000`,
    );
    expect(plan.map((r) => r['QUERY PLAN']).join('\n')).toMatch(/inbox_received_at/);
  });

  it('does nothing while another replica holds the prune lock', async () => {
    await seed(100, 5);
    const other = await holdLock();
    try {
      expect(await pruneInbox(db.dataSource, { schema: db.schema, retentionDays: 7 })).toEqual({ ran: false, deleted: 0, statements: 0 });
      expect(await db.count('inbox')).toBe(105);
    } finally {
      await other.end();
    }
    expect(await pruneInbox(db.dataSource, { schema: db.schema, retentionDays: 7 })).toMatchObject({ ran: true, deleted: 100 });
  });

  it('the relay prunes through the lock: it leaves the inbox to the replica holding it, and prunes when it is free', async () => {
    const namespace = uniqueNamespace('inbox_prune');
    const connection = new AmqpConnection({ url: AMQP_URL, name: 'test-inbox-prune' });
    connection.start();
    await connection.waitUntilConnected();
    const relayOn = () =>
      new OutboxRelay({ dataSource: db.dataSource, schema: db.schema, listenUrl: db.url, connection, topology: new Topology(namespace, 'prune-test'), pollIntervalMs: 100 });
    try {
      await seed(100, 5);
      const other = await holdLock();
      const blocked = relayOn();
      try {
        blocked.start();
        await waitFor('the relay to have drained once', async () => (await blocked.backlog()).backlog === 0);
        await sleep(500); // its first loop ran its clean-up
        expect(await db.count('inbox')).toBe(105);
      } finally {
        await blocked.stop();
        await other.end();
      }
      const free = relayOn();
      try {
        free.start();
        await waitFor('the old inbox rows to be pruned', async () => (await db.count('inbox')) === 5, 10_000);
      } finally {
        await free.stop();
      }
    } finally {
      await connection.close();
      await deleteNamespace(namespace);
    }
  });
});
