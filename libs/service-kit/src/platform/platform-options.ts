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
  /** More dependencies that /health/ready reports (the gateway's Redis). */
  readinessChecks?: ReadinessCheck[];
}

/**
 * A dependency reported by /health/ready. A non-critical one is reported but never makes the
 * service unready (the gateway serves without its rate-limit store: it fails open).
 */
export interface ReadinessCheck {
  name: string;
  critical: boolean;
  probe: () => Promise<{ up: boolean; details?: Record<string, unknown> }>;
}

export interface DatabaseSettings {
  DATABASE_URL: string;
  DATABASE_SCHEMA?: string;
  DATABASE_POOL_MAX: number;
  DATABASE_RUN_MIGRATIONS: boolean;
  DATABASE_STATEMENT_TIMEOUT_MS: number;
  DATABASE_LOCK_TIMEOUT_MS: number;
  DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: number;
  DATABASE_CONNECT_TIMEOUT_MS: number;
  DATABASE_RESERVED_CONNECTIONS: number;
  DATABASE_TRANSACTION_ATTEMPTS: number;
}
