import type { EntityList, MigrationList } from '@platter/persistence';
import type { BaseServiceConfig } from '@platter/config';

export const PLATFORM_OPTIONS = Symbol('PLATFORM_OPTIONS');
export const SERVICE_CONFIG = Symbol('SERVICE_CONFIG');

export interface PlatformOptions {
  /** The service's name: its schema, queues and log field. */
  service: string;
  config: BaseServiceConfig & Partial<DatabaseSettings>;
  /** Entities and migrations of the service's schema; false for the gateway. */
  database: false | { entities: EntityList; migrations: MigrationList };
  /** Consume the service's RPC queue. */
  serveRpc?: boolean;
  /** Consume through an exclusive per-instance queue (the gateway's relay). */
  instanceQueue?: boolean;
}

export interface DatabaseSettings {
  DATABASE_URL: string;
  DATABASE_SCHEMA?: string;
  DATABASE_POOL_MAX: number;
  DATABASE_RUN_MIGRATIONS: boolean;
}
