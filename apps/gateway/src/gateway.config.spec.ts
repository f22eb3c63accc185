import { loadConfig } from '@platter/config';
import { GatewayConfig, preferGatewayPort } from './gateway.config';

describe('GatewayConfig', () => {
  it('listens on 3000 by default, on PORT when set, and on GATEWAY_PORT above all', () => {
    const portFrom = (env: NodeJS.ProcessEnv) => {
      preferGatewayPort(env);
      return loadConfig(GatewayConfig, env).PORT;
    };
    expect(portFrom({})).toBe(3000);
    expect(portFrom({ PORT: '3900' })).toBe(3900);
    expect(portFrom({ GATEWAY_PORT: '4100' })).toBe(4100);
    expect(portFrom({ PORT: '3900', GATEWAY_PORT: '4100' })).toBe(4100);
  });

  it('serves ops on PORT + 1000 by default or on OPS_PORT, never on the public port', () => {
    expect(loadConfig(GatewayConfig, {}).opsPort).toBe(4000);
    expect(loadConfig(GatewayConfig, { PORT: '3900' }).opsPort).toBe(4900);
    expect(loadConfig(GatewayConfig, { PORT: '3900', OPS_PORT: '9464' }).opsPort).toBe(9464);
    expect(() => loadConfig(GatewayConfig, { PORT: '3900', OPS_PORT: '3900' })).toThrow(/OPS_PORT/);
    expect(() => loadConfig(GatewayConfig, { OPS_PORT: '70000' })).toThrow(/OPS_PORT/);
    expect(() => loadConfig(GatewayConfig, { OPS_PORT: 'metrics' })).toThrow(/OPS_PORT/);
    // PORT + 1000 past the last port: OPS_PORT must be given.
    expect(() => loadConfig(GatewayConfig, { PORT: '65000' })).toThrow(/OPS_PORT/);
    expect(loadConfig(GatewayConfig, { PORT: '65000', OPS_PORT: '9464' }).opsPort).toBe(9464);
  });

  it('reads CORS origins: none by default (no cross-origin browser calls), * means any', () => {
    expect(loadConfig(GatewayConfig, {}).corsOrigins).toEqual([]);
    expect(loadConfig(GatewayConfig, { CORS_ORIGINS: '*' }).corsOrigins).toBe('*');
    expect(loadConfig(GatewayConfig, { CORS_ORIGINS: 'https://a.cm, https://b.cm' }).corsOrigins).toEqual(['https://a.cm', 'https://b.cm']);
  });

  it('knows every service health URL by default', () => {
    const urls = loadConfig(GatewayConfig, {}).serviceHealthUrls;
    expect(urls.map((u) => u.name)).toEqual(['identity', 'catalog', 'ordering', 'dispatch', 'payments', 'notifications', 'marketing', 'kitchen']);
    expect(urls[0]).toEqual({ name: 'identity', url: 'http://127.0.0.1:3101' });
  });

  it('rejects a malformed health URL list', () => {
    expect(() => loadConfig(GatewayConfig, { SERVICE_HEALTH_URLS: 'identity:3101' })).toThrow(/SERVICE_HEALTH_URLS/);
  });

  it('has the documented per-minute rate limits by default, each configurable, and can turn them off', () => {
    const defaults = loadConfig(GatewayConfig, {});
    expect(defaults.RATE_LIMITS_ENABLED).toBe(true);
    expect(defaults.rateLimitsPerMinute).toEqual({ login: 5, register: 3, otp: 3, password_reset: 3, order_create: 10, order_update: 30, default: 100, guest: 50, webhook: 1200, auth_failure: 30 });
    const tuned = loadConfig(GatewayConfig, { RATE_LIMIT_LOGIN_PER_MIN: '1000', RATE_LIMITS_ENABLED: 'false' });
    expect(tuned.rateLimitsPerMinute.login).toBe(1000);
    expect(tuned.RATE_LIMITS_ENABLED).toBe(false);
    expect(() => loadConfig(GatewayConfig, { RATE_LIMIT_GUEST_PER_MIN: '0' })).toThrow(/RATE_LIMIT_GUEST_PER_MIN/);
    expect(() => loadConfig(GatewayConfig, { REDIS_URL: 'http://cache:6379' })).toThrow(/REDIS_URL/);
  });
});
