import { IsOptional, Matches } from 'class-validator';
import { BaseServiceConfig, IntInRange } from '@platter/config';

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
 * runService listens on PORT; CONTRACT.md names the gateway's port GATEWAY_PORT, which wins when set.
 * Call before the config is loaded.
 */
export function preferGatewayPort(env: NodeJS.ProcessEnv = process.env): void {
  if (env.GATEWAY_PORT) env.PORT = env.GATEWAY_PORT;
}

export class GatewayConfig extends BaseServiceConfig {
  override PORT = 3000;

  /** CONTRACT.md's name for the port; wins over PORT (see `preferGatewayPort`). */
  @IsOptional()
  @IntInRange(1, 65535)
  GATEWAY_PORT?: number;

  /** Comma-separated allowed origins, or '*' for any. */
  @Matches(/\S/, { message: 'must be * or a comma-separated list of origins' })
  CORS_ORIGINS: string = '*';

  @IntInRange(10, 86400)
  JWKS_REFRESH_SECONDS: number = 300;

  /** `name=url` pairs whose `/health/ready` the gateway's /health aggregates. */
  @Matches(/^\s*[a-z][\w-]*=https?:\/\/\S+?\s*(,\s*[a-z][\w-]*=https?:\/\/\S+?\s*)*$/, {
    message: 'must be a comma-separated list of name=http(s)://host:port',
  })
  SERVICE_HEALTH_URLS: string = DEFAULT_HEALTH_URLS;

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
