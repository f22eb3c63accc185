import 'reflect-metadata';
import { IsOptional, IsString } from 'class-validator';
import { IntInRange, MatchesPattern, OneOf, parsePositiveIntList, PositiveIntList, UrlWithScheme } from './env-rules';

export const NODE_ENVS = ['development', 'test', 'production'] as const;
export type NodeEnv = (typeof NODE_ENVS)[number];

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** A proxy-addr name, an IPv4 or IPv6 address, optionally a CIDR. */
const PROXY = String.raw`(loopback|linklocal|uniquelocal|\d{1,3}(\.\d{1,3}){3}(/\d{1,2})?|[\da-fA-F:.]*:[\da-fA-F:.]*(/\d{1,3})?)`;
const TRUST_PROXY_PATTERN = new RegExp(String.raw`^\s*(true|false|${PROXY}(\s*,\s*${PROXY})*)\s*$`);

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

  /** Unacked RPCs per replica: small, so requests wait in the queue (where their deadline expires them) rather than in a busy process. */
  @IntInRange(1, 1000)
  AMQP_RPC_PREFETCH: number = 8;

  /** An event or RPC handler still running after this long fails into the retry path (events) or answers GATEWAY_TIMEOUT (RPCs). */
  @IntInRange(100, 600_000)
  HANDLER_TIMEOUT_MS: number = 30_000;

  /** Deliveries of one event without completing (its consumer died each time) after which it is dead-lettered as poison. */
  @IntInRange(2, 100)
  MAX_DELIVERIES: number = 5;

  /** Longest wait at shutdown for the messages in hand; kept below SHUTDOWN_STEP_TIMEOUT_MS. */
  @IntInRange(0, 600_000)
  DRAIN_TIMEOUT_MS: number = 8_000;

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

  /** After SIGTERM, the whole stop (drain, relay, database, broker, tracing) ends within this; then exit 1. */
  @IntInRange(1000, 600_000)
  SHUTDOWN_TIMEOUT_MS: number = 15_000;

  /** Each step of the stop is abandoned after this (bounded by what is left of SHUTDOWN_TIMEOUT_MS). */
  @IntInRange(100, 600_000)
  SHUTDOWN_STEP_TIMEOUT_MS: number = 10_000;

  /**
   * Which proxies may set X-Forwarded-For (the client IP that per-IP rate limits and audit logs
   * see): `loopback` (default) trusts only 127.0.0.1/::1; behind an ingress, list its addresses or
   * CIDRs (`loopback,10.0.0.0/8`; also `linklocal`, `uniquelocal`); `false` trusts none; `true`
   * trusts anyone, so clients could spoof their IP. (Fastify refuses hop counts: not offered.)
   */
  @MatchesPattern(TRUST_PROXY_PATTERN)
  TRUST_PROXY: string = 'loopback';

  /** TRUST_PROXY as Fastify's `trustProxy` option. */
  get trustProxy(): boolean | string[] {
    const value = this.TRUST_PROXY.trim();
    if (value === 'true' || value === 'false') return value === 'true';
    return value.split(',').map((v) => v.trim());
  }

  /** Delay before each retry of a failed message, in order. */
  get retryDelaysMs(): number[] {
    return parsePositiveIntList(this.RETRY_DELAYS_MS);
  }
}
