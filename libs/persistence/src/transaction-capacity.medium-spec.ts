// TransactionHost against a real PostgreSQL: a deadlock is retried until both sides commit, and
// event handlers stuck on a locked row cannot take the connections RPCs and /health/ready need.
import { DataSource, EntityManager } from 'typeorm';
import { TransactionHost } from './transaction-host';
import { ThrowawaySchema, createThrowawaySchema } from './test-support/throwaway-schema';

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('TransactionHost on PostgreSQL', () => {
  let db: ThrowawaySchema;
  let admin: DataSource;

  beforeAll(async () => {
    db = await createThrowawaySchema('capacity');
    admin = db.dataSource({ poolMax: 2, timeouts: { idleInTransactionMs: 0 } });
    await admin.initialize();
    await admin.query(`CREATE TABLE counters (id text PRIMARY KEY, n int NOT NULL)`);
    await admin.query(`INSERT INTO counters VALUES ('a', 0), ('b', 0), ('locked', 0), ('free', 0)`);
  });

  afterAll(async () => {
    await db?.drop();
  });

  it('retries the victim of a deadlock: two transactions locking two rows in opposite order both commit', async () => {
    const ds = db.dataSource({ poolMax: 4, timeouts: { lockMs: 10_000 } });
    await ds.initialize();
    const tx = new TransactionHost(ds, { poolMax: 4, reservedConnections: 1, backoffMs: 5 });
    const firstLocks = [deferred(), deferred()];
    let attempts = 0;
    const bump = (m: EntityManager, id: string) => m.query(`UPDATE counters SET n = n + 1 WHERE id = $1`, [id]);
    const crossing = (first: string, second: string, mine: number) =>
      tx.run(async (m) => {
        attempts++;
        await bump(m, first);
        firstLocks[mine].resolve();
        // Both hold their first row before either asks for its second: a certain deadlock.
        await Promise.all(firstLocks.map((d) => d.promise));
        await bump(m, second);
        return 'committed';
      });
    try {
      await expect(Promise.all([crossing('a', 'b', 0), crossing('b', 'a', 1)])).resolves.toEqual(['committed', 'committed']);
      expect(attempts).toBe(3);
      const rows = await admin.query(`SELECT id, n FROM counters WHERE id IN ('a', 'b') ORDER BY id`);
      expect(rows).toEqual([{ id: 'a', n: 2 }, { id: 'b', n: 2 }]);
    } finally {
      await ds.destroy();
    }
  });

  it('keeps connections for an RPC and the health check while every event handler waits on a locked row', async () => {
    // Pool of 5, 2 kept from event handlers: at most 3 event transactions, 4 transactions in all.
    const ds = db.dataSource({ poolMax: 5, timeouts: { lockMs: 60_000, statementMs: 60_000 }, connectTimeoutMs: 3000 });
    await ds.initialize();
    const tx = new TransactionHost(ds, { poolMax: 5, reservedConnections: 2, slotWaitMs: 3000 });
    const events = tx.forEvents();
    const locker = admin.createQueryRunner();
    await locker.connect();
    await locker.startTransaction();
    await locker.query(`SELECT * FROM counters WHERE id = 'locked' FOR UPDATE`);
    // Twice as many event handlers as the pool has connections, all after the same row.
    const stuck = Array.from({ length: 10 }, () =>
      events.run((m) => m.query(`UPDATE counters SET n = n + 1 WHERE id = 'locked'`)),
    );
    try {
      await waitForBlockedBackends(3);
      // An RPC's transaction on another row still gets a connection, and so does the health probe.
      await expect(tx.run((m) => m.query(`UPDATE counters SET n = n + 1 WHERE id = 'free' RETURNING n`))).resolves.toEqual([[{ n: 1 }], 1]);
      await expect(ds.query(`SELECT 1 AS up`)).resolves.toEqual([{ up: 1 }]);
      // Joining a running transaction never asks for another slot (the event share is full here).
      await expect(tx.run(() => events.run(async (m) => (await m.query(`SELECT 2 AS n`))[0].n))).resolves.toBe(2);
    } finally {
      await locker.commitTransaction();
      await locker.release();
    }
    await Promise.all(stuck);
    expect(await admin.query(`SELECT n FROM counters WHERE id = 'locked'`)).toEqual([{ n: 10 }]);
    await ds.destroy();
  });

  /** Waits until `count` backends of the schema's pools wait on a lock. */
  async function waitForBlockedBackends(count: number): Promise<void> {
    for (let i = 0; i < 200; i++) {
      const [row] = await admin.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name LIKE $1 AND wait_event_type = 'Lock'`,
        [`%${db.schema}%`],
      );
      if (row.n >= count) return;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error(`fewer than ${count} backends ever waited on the lock`);
  }
});
