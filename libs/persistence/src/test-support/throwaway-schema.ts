// A private schema in a test database of the persistence library's own, for its medium tests.
// Test-only: never exported from the library's index (@platter/testing depends on this library).
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { ServiceDataSourceOptions, createServiceDataSource } from '../data-source';

export const PG_HOST_URL = process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432';
export const TEST_DATABASE = 'platter_test_persistence';
export const TEST_DATABASE_URL = `${PG_HOST_URL}/${TEST_DATABASE}`;

export async function superuser<T = unknown>(database: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: `${PG_HOST_URL}/${database}`, application_name: 'persistence-tests-admin' });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

export interface ThrowawaySchema {
  schema: string;
  /** A data source on the schema (not yet initialized), with the given options over the defaults. */
  dataSource(o?: Partial<ServiceDataSourceOptions>): DataSource;
  /** Ends every connection of the schema's data sources and drops the schema. */
  drop(): Promise<void>;
}

export async function createThrowawaySchema(label: string): Promise<ThrowawaySchema> {
  // Another test file may be creating the database at the same moment (42P04, or 23505).
  await superuser('postgres', `CREATE DATABASE ${TEST_DATABASE}`).catch((err: { code?: string }) => {
    if (err.code !== '42P04' && err.code !== '23505') throw err;
  });
  const schema = `persistence_${label}_${randomBytes(4).toString('hex')}`;
  await superuser(TEST_DATABASE, `CREATE SCHEMA "${schema}"`);
  const made: DataSource[] = [];
  return {
    schema,
    dataSource: (o = {}) => {
      const ds = createServiceDataSource({ url: TEST_DATABASE_URL, schema, entities: [], migrations: [], applicationName: `persistence-tests-${schema}`, ...o });
      made.push(ds);
      return ds;
    },
    drop: async () => {
      for (const ds of made) if (ds.isInitialized) await ds.destroy().catch(() => undefined);
      await superuser(TEST_DATABASE, `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name LIKE $1 AND pid <> pg_backend_pid()`, [`%${schema}%`]);
      await superuser(TEST_DATABASE, `DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    },
  };
}

/** Resolves with the error fn rejected with (fails the test when it resolves). */
export async function rejectionOf(p: Promise<unknown>): Promise<Error & { code?: string }> {
  try {
    await p;
  } catch (err) {
    return err as Error & { code?: string };
  }
  throw new Error('expected a rejection');
}
