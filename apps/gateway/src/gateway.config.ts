import { IsOptional, Matches, ValidateBy } from 'class-validator';
import { BaseServiceConfig, BooleanFlag, IntInRange, UrlWithScheme } from '@platter/config';
import type { RateLimitPolicy } from './rate-limit/rate-limit-policy';

const DEFAULT_HEALTH_URLS = [
  'identity=http://127.0.0.1:3101',
  'catalog=http://127.0.0.1:3102',
  'ordering=http://127.0.0.1:3103',
  'dispatch=http://127.0.0.1:3104',
  'payments=http://127.0.0.1:3105',
  'notifications=http://127.0.0.1:3106',
  'marketing=http://127.0.0.1:3107',
  'kitchen=http://127.0.0.1:3108',
].join(',');

/**
 * runService listens on PORT; deployments name the gateway's port GATEWAY_PORT, which wins when set.
 * Call before the config is loaded.
 */
export function preferGatewayPort(env: NodeJS.ProcessEnv = process.env): void {
  if (env.GATEWAY_PORT) env.PORT = env.GATEWAY_PORT;
}

export class GatewayConfig extends BaseServiceConfig {
  override PORT = 3000;

  /** The gateway's own name for its port; wins over PORT (see `preferGatewayPort`). */
  @IsOptional()
  @IntInRange(1, 65535)
  GATEWAY_PORT?: number;

  /**
   * The ops port: /metrics, /health/ready and the detailed /health answer only here, and nothing
   * else does; the public port refuses them. Default PORT + 1000; never reachable from outside
   * (docs/security.md).
   */
  @ValidateBy({
    name: 'opsPort',
    validator: {
      validate: (_: unknown, args) => {
        const config = args?.object as GatewayConfig;
        const port = config.opsPort;
        return Number.isInteger(port) && port >= 1 && port <= 65535 && port !== config.PORT;
      },
      defaultMessage: () => 'must be an integer between 1 and 65535 other than the public port (default: PORT + 1000)',
    },
  })
  OPS_PORT?: number;

  /**
   * Comma-separated origins whose browser pages may call the API, or '*' for any. None by default: a
   * deployment lists its web apps' origins (docs/security.md).
   */
  @Matches(/^\s*(\*|[^\s,]+(\s*,\s*[^\s,]+)*)?\s*$/, { message: 'must be empty, * or a comma-separated list of origins' })
  CORS_ORIGINS: string = '';

  @IntInRange(10, 86400)
  JWKS_REFRESH_SECONDS: number = 300;

  /** `name=url` pairs whose `/health/ready` the gateway's /health aggregates. */
  @Matches(/^\s*[a-z][\w-]*=https?:\/\/\S+?\s*(,\s*[a-z][\w-]*=https?:\/\/\S+?\s*)*$/, {
    message: 'must be a comma-separated list of name=http(s)://host:port',
  })
  SERVICE_HEALTH_URLS: string = DEFAULT_HEALTH_URLS;

  /** Rate-limit counters, shared by every gateway instance. */
  @UrlWithScheme(['redis', 'rediss'])
  REDIS_URL: string = 'redis://127.0.0.1:6379';

  @BooleanFlag()
  RATE_LIMITS_ENABLED: boolean = true;

  // Requests per minute, per client (the defaults are listed in docs/conventions.md).
  @IntInRange(1, 1_000_000)
  RATE_LIMIT_LOGIN_PER_MIN: number = 5;

  @IntInRange(1, 1_000_000)
  RATE_LIMIT_REGISTER_PER_MIN: number = 3;

  /** Sign-in codes texted per phone number: 3 a minute, so a number cannot be flooded with texts. */
  @IntInRange(1, 1_000_000)
  RATE_LIMIT_OTP_PER_MIN: number = 3;

  /** Forgot-password requests per IP: each one may send an email. */
  @IntInRange(1, 1_000_000)
  RATE_LIMIT_PASSWORD_RESET_PER_MIN: number = 3;

  @IntInRange(1, 1_000_000)
  RATE_LIMIT_ORDER_CREATE_PER_MIN: number = 10;

  @IntInRange(1, 1_000_000)
  RATE_LIMIT_ORDER_UPDATE_PER_MIN: number = 30;

  @IntInRange(1, 1_000_000)
  RATE_LIMIT_DEFAULT_PER_MIN: number = 100;

  @IntInRange(1, 1_000_000)
  RATE_LIMIT_GUEST_PER_MIN: number = 50;

  /** Payment providers' webhooks, per sending IP: a provider's burst must not be refused like a guest's. */
  @IntInRange(1, 1_000_000)
  RATE_LIMIT_WEBHOOK_PER_MIN: number = 1200;

  /**
   * Failed authentications per IP: refused tokens (invalid, expired, revoked), wrong passwords and
   * refresh tokens. Past it, the IP's next failures and its logins get 429; valid tokens still work.
   */
  @IntInRange(1, 1_000_000)
  RATE_LIMIT_AUTH_FAILURE_PER_MIN: number = 30;

  /** The socket relay: `driver_location` messages a driver's socket may send per second; the rest are dropped (and counted). */
  @IntInRange(1, 1000)
  LOCATION_MAX_PER_SECOND: number = 5;

  /** The socket relay: replay a customer's orders (latest status, driver's position) when their socket connects. */
  @BooleanFlag()
  REALTIME_REPLAY_ON_CONNECT: boolean = true;

  /** Requests per minute of each policy. */
  get rateLimitsPerMinute(): Record<RateLimitPolicy, number> {
    return {
      login: this.RATE_LIMIT_LOGIN_PER_MIN,
      register: this.RATE_LIMIT_REGISTER_PER_MIN,
      otp: this.RATE_LIMIT_OTP_PER_MIN,
      password_reset: this.RATE_LIMIT_PASSWORD_RESET_PER_MIN,
      order_create: this.RATE_LIMIT_ORDER_CREATE_PER_MIN,
      order_update: this.RATE_LIMIT_ORDER_UPDATE_PER_MIN,
      default: this.RATE_LIMIT_DEFAULT_PER_MIN,
      guest: this.RATE_LIMIT_GUEST_PER_MIN,
      webhook: this.RATE_LIMIT_WEBHOOK_PER_MIN,
      auth_failure: this.RATE_LIMIT_AUTH_FAILURE_PER_MIN,
    };
  }

  get opsPort(): number {
    return this.OPS_PORT ?? this.PORT + 1000;
  }

  get corsOrigins(): '*' | string[] {
    const origins = this.CORS_ORIGINS.split(',').map((o) => o.trim()).filter(Boolean);
    return origins.includes('*') ? '*' : origins;
  }

  get serviceHealthUrls(): Array<{ name: string; url: string }> {
    return this.SERVICE_HEALTH_URLS.split(',').map((pair) => {
      const [name, url] = pair.trim().split(/=(.*)/s);
      return { name, url: url.replace(/\/+$/, '') };
    });
  }
}
