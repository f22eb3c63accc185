import 'reflect-metadata';
import { IsOptional } from 'class-validator';
import { BaseServiceConfig } from './base-service-config';
import { BooleanFlag, IntInRange, MatchesPattern, UrlWithScheme } from './env-rules';

/** For services that own a PostgreSQL schema. DATABASE_URL has no default on purpose. */
export class ServiceWithDatabaseConfig extends BaseServiceConfig {
  @UrlWithScheme(['postgres', 'postgresql'])
  DATABASE_URL: string;

  /** Defaults to the service name; resolved by the persistence lib, not here. */
  @IsOptional()
  @MatchesPattern(/^[a-z_][a-z0-9_]*$/)
  DATABASE_SCHEMA?: string;

  @IntInRange(1, 200)
  DATABASE_POOL_MAX: number = 10;

  @BooleanFlag()
  DATABASE_RUN_MIGRATIONS: boolean = true;

  // Time limits of every pooled connection (0 turns one off; migrations run without them). The
  // defaults suit OLTP services; a service with long reports overrides them in its config class.
  /** A statement running longer is cancelled (PostgreSQL 57014). */
  @IntInRange(0, 3_600_000)
  DATABASE_STATEMENT_TIMEOUT_MS: number = 5000;

  /** A wait for a row or table lock longer than this fails (55P03) instead of hanging. */
  @IntInRange(0, 3_600_000)
  DATABASE_LOCK_TIMEOUT_MS: number = 2000;

  /** A session idle inside an open transaction this long is ended, releasing its locks. */
  @IntInRange(0, 3_600_000)
  DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: number = 10_000;

  /** How long a caller waits for a free pool connection before failing (0 waits for ever). */
  @IntInRange(0, 600_000)
  DATABASE_CONNECT_TIMEOUT_MS: number = 5000;

  /**
   * Pool connections event handlers may never take: kept for RPC transactions, /health/ready
   * and the outbox relay, so a burst of stuck event handlers cannot starve them. Must leave
   * event handlers at least one connection (checked when the platform builds the pool).
   */
  @IntInRange(0, 199)
  DATABASE_RESERVED_CONNECTIONS: number = 3;

  /** Attempts of a transaction PostgreSQL aborted for a deadlock or serialization failure. */
  @IntInRange(1, 10)
  DATABASE_TRANSACTION_ATTEMPTS: number = 3;
}
