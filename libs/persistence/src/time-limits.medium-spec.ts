// Every service connection carries PostgreSQL time limits: a query waiting on a row lock held
// elsewhere fails with lock_timeout instead of hanging, a runaway statement is cancelled, and
// migrations run without the statement limit.
import { DataSource, MigrationInterface, QueryRunner } from 'typeorm';
import { runMigrations } from './data-source';
import { ThrowawaySchema, createThrowawaySchema, rejectionOf } from './test-support/throwaway-schema';

class SlowMigration1700000000001 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`SELECT pg_sleep(0.6)`);
    await q.query(`CREATE TABLE slow_migrated (id int)`);
  }
  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE slow_migrated`);
  }
}

describe('PostgreSQL time limits on service connections', () => {
  let db: ThrowawaySchema;
  let holder: DataSource;

  beforeAll(async () => {
    db = await createThrowawaySchema('limits');
    holder = db.dataSource({ poolMax: 2 });
    await holder.initialize();
    await holder.query(`CREATE TABLE rows_to_lock (id int PRIMARY KEY, n int NOT NULL)`);
    await holder.query(`INSERT INTO rows_to_lock VALUES (1, 0)`);
  });

  afterAll(async () => {
    await db?.drop();
  });

  it('sets statement, lock and idle-in-transaction limits by default (OLTP: 5 s, 2 s, 10 s)', async () => {
    const [row] = await holder.query(
      `SELECT current_setting('statement_timeout') AS statement, current_setting('lock_timeout') AS lock,
              current_setting('idle_in_transaction_session_timeout') AS idle, current_setting('search_path') AS path`,
    );
    expect(row).toEqual({ statement: '5s', lock: '2s', idle: '10s', path: db.schema });
  });

  it('fails a query blocked by a row lock held elsewhere with lock_timeout (55P03) within the limit', async () => {
    const waiter = db.dataSource({ poolMax: 1, timeouts: { lockMs: 300 } });
    await waiter.initialize();
    const locker = holder.createQueryRunner();
    await locker.connect();
    try {
      await locker.startTransaction();
      await locker.query(`SELECT * FROM rows_to_lock WHERE id = 1 FOR UPDATE`);
      const started = Date.now();
      const err = await rejectionOf(waiter.query(`UPDATE rows_to_lock SET n = n + 1 WHERE id = 1`));
      expect(err.code).toBe('55P03');
      // Generous bound: the point is that it gave up instead of waiting for the holder.
      expect(Date.now() - started).toBeLessThan(5000);
    } finally {
      await locker.rollbackTransaction();
      await locker.release();
      await waiter.destroy();
    }
  });

  it('cancels a statement that runs past statement_timeout (57014)', async () => {
    const ds = db.dataSource({ poolMax: 1, timeouts: { statementMs: 200 } });
    await ds.initialize();
    try {
      const err = await rejectionOf(ds.query(`SELECT pg_sleep(3)`));
      expect(err.code).toBe('57014');
    } finally {
      await ds.destroy();
    }
  });

  it('ends a session left idle inside a transaction past the limit', async () => {
    const ds = db.dataSource({ poolMax: 1, timeouts: { idleInTransactionMs: 200 } });
    await ds.initialize();
    const runner = ds.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      await runner.query(`SELECT 1`);
      await new Promise((r) => setTimeout(r, 800));
      await expect(runner.query(`SELECT 1`)).rejects.toThrow();
    } finally {
      await runner.release().catch(() => undefined);
      await ds.destroy();
    }
  });

  it('runs migrations without the statement limit, and leaves the pool with its limits after', async () => {
    const ds = db.dataSource({ poolMax: 1, timeouts: { statementMs: 200 }, migrations: [SlowMigration1700000000001] });
    await ds.initialize();
    try {
      expect(await runMigrations(ds)).toEqual(['SlowMigration1700000000001']);
      const [row] = await ds.query(`SELECT current_setting('statement_timeout') AS statement, to_regclass('slow_migrated') IS NOT NULL AS migrated`);
      expect(row).toEqual({ statement: '200ms', migrated: true });
    } finally {
      await ds.destroy();
    }
  });
});
