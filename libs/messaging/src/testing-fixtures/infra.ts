// Helpers for the messaging medium tests: a private Postgres schema and RabbitMQ namespace per
// test file, broker stop/start, polling. Test-only: never exported from the library's index.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import * as amqp from 'amqplib';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { TransactionHost, runMigrations, serviceDataSourceOptions } from '@platter/persistence';
import { MESSAGING_MIGRATIONS } from '../migrations/messaging-migrations';

const run = promisify(execFile);

export const AMQP_URL = process.env.TEST_AMQP_URL ?? 'amqp://guest:guest@127.0.0.1:5672';
export const PG_HOST_URL = process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432';
export const TEST_DATABASE = 'platter_test';
export const TEST_DATABASE_URL = `${PG_HOST_URL}/${TEST_DATABASE}`;

/** A short random suffix for names (queues, schemas). */
export function uniqueSuffix(): string {
  return randomBytes(4).toString('hex');
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls `probe` until it returns a truthy value; fails with `what` (and the last value) on timeout. */
export async function waitFor<T>(what: string, probe: () => Promise<T> | T, timeoutMs = 30_000, intervalMs = 50): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  let lastErr: unknown;
  while (Date.now() < deadline) {
    try {
      last = await probe();
      if (last) return last;
    } catch (err) {
      lastErr = err;
    }
    await sleep(intervalMs);
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what} (last value: ${JSON.stringify(last)}${lastErr ? `, last error: ${(lastErr as Error).message}` : ''})`);
}

// ---------------------------------------------------------------- PostgreSQL

async function withAdmin<T>(database: string, fn: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: `${PG_HOST_URL}/${database}`, application_name: 'messaging-tests-admin' });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function ensureTestDatabase(): Promise<void> {
  await withAdmin('postgres', async (c) => {
    const { rowCount } = await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [TEST_DATABASE]);
    if (rowCount) return;
    try {
      await c.query(`CREATE DATABASE ${TEST_DATABASE}`);
    } catch (err) {
      // Another test file created it meanwhile.
      if ((err as { code?: string }).code !== '42P04' && (err as { code?: string }).code !== '23505') throw err;
    }
  });
}

/** The table handlers write their side effects to: one row per message, `applications` counts re-applications. */
export const EFFECTS_DDL = `
  CREATE TABLE effects (
    message_id text NOT NULL UNIQUE,
    type text NOT NULL,
    consumer text NOT NULL,
    applications int NOT NULL DEFAULT 1,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`;

export interface TestDatabase {
  schema: string;
  url: string;
  dataSource: DataSource;
  transactions: TransactionHost;
  /** Data source options for another connection pool on the same schema (e.g. a second process). */
  newDataSource(poolMax?: number): DataSource;
  effects(): Promise<Array<{ message_id: string; type: string; consumer: string; applications: number }>>;
  count(table: string, where?: string): Promise<number>;
  truncate(): Promise<void>;
  drop(): Promise<void>;
}

/** A fresh schema in platter_test with the messaging tables (through the real migration) and `effects`. */
export async function createTestDatabase(label: string): Promise<TestDatabase> {
  await ensureTestDatabase();
  const schema = `msg_${label.replace(/[^a-z0-9_]/gi, '_').toLowerCase()}_${uniqueSuffix()}`;
  await withAdmin(TEST_DATABASE, (c) => c.query(`CREATE SCHEMA "${schema}"`));
  const newDataSource = (poolMax = 20) =>
    new DataSource(
      serviceDataSourceOptions({
        url: TEST_DATABASE_URL,
        schema,
        entities: [],
        migrations: MESSAGING_MIGRATIONS,
        poolMax,
        applicationName: `messaging-tests-${schema}`,
      }),
    );
  const dataSource = newDataSource();
  await dataSource.initialize();
  const applied = await runMigrations(dataSource);
  if (MESSAGING_MIGRATIONS.some((m) => !applied.includes(m.name))) throw new Error(`migration not applied in ${schema}: ${applied.join(',')}`);
  await dataSource.query(EFFECTS_DDL);
  return {
    schema,
    url: TEST_DATABASE_URL,
    dataSource,
    transactions: new TransactionHost(dataSource),
    newDataSource,
    effects: () => dataSource.query(`SELECT message_id, type, consumer, applications FROM effects ORDER BY message_id`),
    count: async (table, where) => {
      const [row] = await dataSource.query(`SELECT count(*)::int AS n FROM ${table}${where ? ` WHERE ${where}` : ''}`);
      return Number(row.n);
    },
    truncate: async () => {
      await dataSource.query(`TRUNCATE effects, inbox, outbox, delivery_attempts`);
    },
    drop: async () => {
      if (dataSource.isInitialized) await dataSource.destroy();
      await withAdmin(TEST_DATABASE, async (c) => {
        // Connections a killed child left behind are gone already; anything else of ours is ended.
        await c.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name LIKE $1 AND pid <> pg_backend_pid()`, [`%${schema}%`]);
        await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      });
    },
  };
}

// ---------------------------------------------------------------- RabbitMQ

export function uniqueNamespace(label: string): string {
  return `test_${label.replace(/[^a-z0-9_-]/gi, '_').toLowerCase()}_${uniqueSuffix()}`;
}

/** One short-lived connection and channel; a failed operation closes the channel, so each call gets its own. */
export async function withChannel<T>(fn: (ch: amqp.ConfirmChannel) => Promise<T>): Promise<T> {
  const model = await amqp.connect(AMQP_URL);
  model.on('error', () => undefined);
  try {
    const ch = await model.createConfirmChannel();
    ch.on('error', () => undefined);
    return await fn(ch);
  } finally {
    await model.close().catch(() => undefined);
  }
}

/** Messages ready in a queue and its consumers; null when the queue does not exist. */
export async function queueState(queue: string): Promise<{ messageCount: number; consumerCount: number } | null> {
  try {
    return await withChannel(async (ch) => {
      const q = await ch.checkQueue(queue);
      return { messageCount: q.messageCount, consumerCount: q.consumerCount };
    });
  } catch (err) {
    if (/NOT_FOUND|404/.test((err as Error).message)) return null;
    throw err;
  }
}

async function rabbitmqctl(...args: string[]): Promise<string> {
  const { stdout } = await run('rabbitmqctl', args, { timeout: 60_000 });
  return stdout;
}

/** Deletes every queue and exchange whose name starts with `<namespace>.`. */
export async function deleteNamespace(namespace: string): Promise<void> {
  const names = async (what: 'list_queues' | 'list_exchanges') =>
    (await rabbitmqctl('-q', what, '--no-table-headers', 'name'))
      .split('\n')
      .map((l) => l.trim())
      .filter((n) => n.startsWith(`${namespace}.`));
  const queues = await names('list_queues');
  const exchanges = await names('list_exchanges');
  await withChannel(async (ch) => {
    for (const q of queues) await ch.deleteQueue(q);
    for (const e of exchanges) await ch.deleteExchange(e);
  });
}

/** Resolves once the broker accepts an AMQP connection (and a channel) again. */
export async function waitForBroker(timeoutMs = 60_000): Promise<void> {
  await waitFor(
    'RabbitMQ to accept AMQP connections',
    async () => {
      const model = await amqp.connect(AMQP_URL);
      model.on('error', () => undefined);
      try {
        const ch = await model.createChannel();
        await ch.close();
        return true;
      } finally {
        await model.close().catch(() => undefined);
      }
    },
    timeoutMs,
    250,
  );
}

/** Stops the RabbitMQ application (the Erlang node keeps running). Always pair with startBroker(). */
export async function stopBroker(): Promise<void> {
  await rabbitmqctl('stop_app');
}

export async function startBroker(): Promise<void> {
  await rabbitmqctl('start_app');
  await waitForBroker();
}

/** For afterAll: whatever happened, leave a running broker behind. */
export async function ensureBrokerRunning(): Promise<void> {
  try {
    await waitForBroker(2_000);
  } catch {
    await startBroker();
  }
}

/** Publishes straight to the namespace's events exchange, with confirms (as a misbehaving or duplicating producer would). */
export async function publishRaw(
  namespace: string,
  messages: Array<{ routingKey: string; content: Buffer | object; options?: amqp.Options.Publish }>,
): Promise<void> {
  await withChannel(async (ch) => {
    const exchange = `${namespace}.events`;
    await ch.assertExchange(exchange, 'topic', { durable: true });
    for (const m of messages) {
      const content = Buffer.isBuffer(m.content) ? m.content : Buffer.from(JSON.stringify(m.content));
      const envelope = Buffer.isBuffer(m.content) ? undefined : (m.content as { id?: string; type?: string });
      ch.publish(exchange, m.routingKey, content, {
        persistent: true,
        contentType: 'application/json',
        messageId: envelope?.id,
        type: envelope?.type ?? m.routingKey,
        ...m.options,
      });
    }
    await ch.waitForConfirms();
  });
}
