import { DataSource, DataSourceOptions } from 'typeorm';

export type EntityList = NonNullable<DataSourceOptions['entities']>;
export type MigrationList = NonNullable<DataSourceOptions['migrations']>;

export interface ServiceDataSourceOptions {
  url: string;
  schema: string;
  entities: EntityList;
  migrations: MigrationList;
  poolMax?: number;
  applicationName?: string;
}

/** A service's data source: its own schema, migrations only (never synchronize). */
export function serviceDataSourceOptions(o: ServiceDataSourceOptions): DataSourceOptions {
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
      // Unqualified names resolve to the service's own schema, never to public.
      options: `-c search_path=${o.schema}`,
    },
  };
}

export function createServiceDataSource(o: ServiceDataSourceOptions): DataSource {
  return new DataSource(serviceDataSourceOptions(o));
}

/**
 * Runs pending migrations; returns the names it applied. An advisory lock per schema lets several
 * replicas start at once: one migrates, the others wait and then find nothing to do.
 */
export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  if (!dataSource.isInitialized) await dataSource.initialize();
  const schema = (dataSource.options as { schema?: string }).schema ?? 'public';
  const lock = dataSource.createQueryRunner();
  await lock.connect();
  try {
    await lock.query(`SELECT pg_advisory_lock(hashtext($1))`, [`${schema}:migrations`]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await lock.query(`SELECT pg_advisory_unlock(hashtext($1))`, [`${schema}:migrations`]).catch(() => undefined);
    await lock.release();
  }
}
