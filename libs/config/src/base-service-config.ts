import 'reflect-metadata';
import { IsOptional, IsString } from 'class-validator';
import { IntInRange, MatchesPattern, OneOf, parsePositiveIntList, PositiveIntList, UrlWithScheme } from './env-rules';

export const NODE_ENVS = ['development', 'test', 'production'] as const;
export type NodeEnv = (typeof NODE_ENVS)[number];

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/**
 * Variables every service reads. Initializers are the defaults; a service subclasses this and
 * overrides what differs (at least `PORT`, see docs/conventions.md). Types are written out
 * because implicit conversion reads them from decorator metadata.
 */
export class BaseServiceConfig {
  @OneOf(NODE_ENVS)
  NODE_ENV: NodeEnv = 'development';

  @IntInRange(1, 65535)
  PORT: number = 3000;

  @OneOf(LOG_LEVELS)
  LOG_LEVEL: LogLevel = 'info';

  @UrlWithScheme(['amqp', 'amqps'])
  AMQP_URL: string = 'amqp://guest:guest@127.0.0.1:5672';

  /** Prefix of every exchange and queue, so several fleets can share one broker. */
  @MatchesPattern(/^[a-z][a-z0-9_-]{0,30}$/)
  PLATTER_NAMESPACE: string = 'platter';

  @IntInRange(1, 1000)
  AMQP_PREFETCH: number = 20;

  @PositiveIntList()
  RETRY_DELAYS_MS: string = '1000,5000,30000';

  @IntInRange(100, 120000)
  RPC_TIMEOUT_MS: number = 5000;

  /** Tracing exports spans only when this is set. */
  @IsOptional()
  @UrlWithScheme(['http', 'https'])
  OTEL_EXPORTER_OTLP_ENDPOINT?: string;

  @IsOptional()
  @IsString()
  SERVICE_INSTANCE_ID?: string;

  /** Delay before each retry of a failed message, in order. */
  get retryDelaysMs(): number[] {
    return parsePositiveIntList(this.RETRY_DELAYS_MS);
  }
}
