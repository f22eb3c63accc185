// Medium tests only: a private schema in the platter_test database, migrated like production.
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { ServiceDataSourceOptions, TransactionHost, runMigrations, serviceDataSourceOptions } from '@platter/persistence';

const PG_HOST_URL = process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432';
const TEST_DATABASE = 'platter_test';

export interface ThrowawaySchema {
  dataSource: DataSource;
  tx: TransactionHost;
  /** Names of the migrations that ran. */
  applied: string[];
  /**
   * Runs `close` first when the schema is dropped: a module built over the schema (and the sockets
   * its providers opened, such as a Redis client) goes with it, even when its test only drops the schema.
   */
  closeWithSchema(close: () => Promise<void>): void;
  drop(): Promise<void>;
}

async function asSuperuser<T>(database: string, fn: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: `${PG_HOST_URL}/${database}` });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function ensureTestDatabase(): Promise<void> {
  await asSuperuser('postgres', async (c) => {
    const { rowCount } = await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [TEST_DATABASE]);
    if (rowCount) return;
    // Another test file created it meanwhile: 42P04, or 23505 when both CREATE DATABASE ran at once.
    await c.query(`CREATE DATABASE ${TEST_DATABASE}`).catch((err: { code?: string }) => {
      if (err.code !== '42P04' && err.code !== '23505') throw err;
    });
  });
  await asSuperuser(TEST_DATABASE, ensureSearchExtensions);
}

/**
 * pg_trgm and unaccent in their own `extensions` schema, as tools/db/provision.js creates them for a
 * fleet (catalog search qualifies them); only a superuser may create them, so migrations cannot.
 */
async function ensureSearchExtensions(c: Client): Promise<void> {
  const { rowCount } = await c.query(`SELECT 1 FROM pg_extension WHERE extname IN ('pg_trgm', 'unaccent')`);
  if (rowCount === 2) return;
  // Several test files may race: an object another one just created is 42P06/42710/23505.
  const tolerateRace = (err: { code?: string }) => {
    if (!['42P06', '42710', '23505'].includes(err.code ?? '')) throw err;
  };
  await c.query('CREATE SCHEMA IF NOT EXISTS extensions').catch(tolerateRace);
  await c.query('CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA extensions').catch(tolerateRace);
  await c.query('CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA extensions').catch(tolerateRace);
}

export async function createThrowawaySchema(
  service: string,
  database: Pick<ServiceDataSourceOptions, 'entities' | 'migrations'>,
): Promise<ThrowawaySchema> {
  await ensureTestDatabase();
  const schema = `${service}_test_${randomBytes(4).toString('hex')}`;
  await asSuperuser(TEST_DATABASE, (c) => c.query(`CREATE SCHEMA "${schema}"`));
  const dataSource = new DataSource(
    serviceDataSourceOptions({ url: `${PG_HOST_URL}/${TEST_DATABASE}`, schema, ...database, poolMax: 4, applicationName: schema }),
  );
  const applied = await runMigrations(dataSource);
  const closers: Array<() => Promise<void>> = [];
  return {
    dataSource,
    tx: new TransactionHost(dataSource),
    applied,
    closeWithSchema: (close) => void closers.push(close),
    drop: async () => {
      await Promise.allSettled(closers.splice(0).map((close) => close()));
      if (dataSource.isInitialized) await dataSource.destroy();
      await asSuperuser(TEST_DATABASE, (c) => c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`));
    },
  };
}
