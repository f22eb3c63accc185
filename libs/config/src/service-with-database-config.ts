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
}
