import { DataSource, DataSourceOptions, MigrationExecutor } from 'typeorm';

export type EntityList = NonNullable<DataSourceOptions['entities']>;
export type MigrationList = NonNullable<DataSourceOptions['migrations']>;

/**
 * PostgreSQL time limits of every connection of a pool, in milliseconds (0 turns one off).
 * They turn a stuck request into an error the caller can act on instead of a connection held
 * for ever: a lock wait gives up (55P03), a runaway statement is cancelled (57014), and a session
 * left idle inside a transaction is ended (its locks and its pool slot come back).
 */
export interface DatabaseTimeouts {
  statementMs: number;
  lockMs: number;
  idleInTransactionMs: number;
}

/** For OLTP services: requests answer in well under a second, so these only catch what is stuck. */
export const DEFAULT_DATABASE_TIMEOUTS: DatabaseTimeouts = { statementMs: 5000, lockMs: 2000, idleInTransactionMs: 10_000 };

export interface ServiceDataSourceOptions {
  url: string;
  schema: string;
  entities: EntityList;
  migrations: MigrationList;
  poolMax?: number;
  applicationName?: string;
  /** Over DEFAULT_DATABASE_TIMEOUTS. */
  timeouts?: Partial<DatabaseTimeouts>;
  /** How long a caller waits for a free pool connection before failing (0 waits for ever). */
  connectTimeoutMs?: number;
}

/** A service's data source: its own schema, migrations only (never synchronize). */
export function serviceDataSourceOptions(o: ServiceDataSourceOptions): DataSourceOptions {
  // An unset (undefined) limit keeps its default rather than reaching PostgreSQL as "undefined".
  const given = Object.entries(o.timeouts ?? {}).filter(([, v]) => v !== undefined);
  const t: DatabaseTimeouts = { ...DEFAULT_DATABASE_TIMEOUTS, ...Object.fromEntries(given) };
  return {
    type: 'postgres',
    url: o.url,
    schema: o.schema,
    entities: o.entities,
    migrations: o.migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    logging: ['error'],
    extra: {
      max: o.poolMax ?? 10,
      application_name: o.applicationName ?? o.schema,
      ...(o.connectTimeoutMs ? { connectionTimeoutMillis: o.connectTimeoutMs } : {}),
      // Unqualified names resolve to the service's own schema, never to public. The limits are
      // session defaults set at connect time, so every connection of the pool has them.
      options: [
        `-c search_path=${o.schema}`,
        `-c statement_timeout=${t.statementMs}`,
        `-c lock_timeout=${t.lockMs}`,
        `-c idle_in_transaction_session_timeout=${t.idleInTransactionMs}`,
      ].join(' '),
    },
  };
}

export function createServiceDataSource(o: ServiceDataSourceOptions): DataSource {
  return new DataSource(serviceDataSourceOptions(o));
}

/**
 * Runs pending migrations; returns the names it applied. An advisory lock per schema lets several
 * replicas start at once: one migrates, the others wait and then find nothing to do.
 *
 * Everything runs on the one connection that holds the lock (so a pool of 1 suffices), with the
 * time limits off for that session: waiting for another replica's migrations, or an index build,
 * may rightly take longer than any request. RESET restores the pool's limits before the
 * connection goes back.
 */
export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  if (!dataSource.isInitialized) await dataSource.initialize();
  const schema = (dataSource.options as { schema?: string }).schema ?? 'public';
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query(`SET statement_timeout = 0`);
    await runner.query(`SET lock_timeout = 0`);
    await runner.query(`SELECT pg_advisory_lock(hashtext($1))`, [`${schema}:migrations`]);
    const executor = new MigrationExecutor(dataSource, runner);
    executor.transaction = 'each';
    const applied = await executor.executePendingMigrations();
    return applied.map((m) => m.name);
  } finally {
    await runner.query(`SELECT pg_advisory_unlock(hashtext($1))`, [`${schema}:migrations`]).catch(() => undefined);
    await runner.query(`RESET statement_timeout`).catch(() => undefined);
    await runner.query(`RESET lock_timeout`).catch(() => undefined);
    await runner.release();
  }
}
