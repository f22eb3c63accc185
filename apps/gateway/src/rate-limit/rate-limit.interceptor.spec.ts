import { CallHandler, ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { of } from 'rxjs';
import { loadConfig } from '@platter/config';
import { Metrics, PlatterLogger } from '@platter/observability';
import { GatewayConfig } from '../gateway.config';
import { RATE_LIMIT_KEY } from './rate-limit.decorator';
import { RateLimitExceededError } from './rate-limit-exceeded.error';
import { RateLimitInterceptor } from './rate-limit.interceptor';
import { RedisRateLimitStore } from './redis-rate-limit-store';

describe('RateLimitInterceptor', () => {
  const config = loadConfig(GatewayConfig, { PLATTER_NAMESPACE: 'unit' });
  const logger = { warn: jest.fn() } as unknown as PlatterLogger;
  const next: CallHandler = { handle: () => of('handled') };

  function call(store: Partial<RedisRateLimitStore>, req: object, metadata: Record<string, unknown> = {}) {
    const handler = () => undefined;
    for (const [k, v] of Object.entries(metadata)) Reflect.defineMetadata(k, v, handler);
    const headers: Record<string, string> = {};
    const ctx = {
      getType: () => 'http',
      getHandler: () => handler,
      getClass: () => class {},
      switchToHttp: () => ({ getRequest: () => req, getResponse: () => ({ header: (n: string, v: string) => (headers[n] = v) }) }),
    } as unknown as ExecutionContext;
    const metrics = new Metrics({ service: 'gateway', collectDefault: false });
    const interceptor = new RateLimitInterceptor(new Reflector(), store as RedisRateLimitStore, config, logger, metrics);
    return { result: interceptor.intercept(ctx, next), headers, metrics };
  }

  const api = (o: object = {}) => ({ ip: '203.0.113.9', routeOptions: { url: '/api/v1/auth/login' }, ...o });

  it("counts against the route's policy and sets the headers", async () => {
    const hit = jest.fn(async () => ({ count: 2, ttlMs: 30_000 }));
    const { result, headers } = call({ hit }, api(), { [RATE_LIMIT_KEY]: { policy: 'login', by: 'ip' } });
    await expect(result).resolves.toBeDefined();
    expect(hit).toHaveBeenCalledWith('unit:ratelimit:login:ip:203.0.113.9', 60_000);
    expect(headers).toMatchObject({ 'X-RateLimit-Limit': '5', 'X-RateLimit-Remaining': '3' });
  });

  it('refuses past the limit with the seconds left in the window', async () => {
    const { result, headers } = call({ hit: async () => ({ count: 6, ttlMs: 12_300 }) }, api(), { [RATE_LIMIT_KEY]: { policy: 'login', by: 'ip' } });
    await expect(result).rejects.toEqual(new RateLimitExceededError(13));
    expect(headers['X-RateLimit-Remaining']).toBe('0');
  });

  it('uses the default per user when authenticated', async () => {
    const hit = jest.fn(async () => ({ count: 1, ttlMs: 60_000 }));
    const { result, headers } = call({ hit }, api({ actor: { user_id: 'u-7', role: 'customer', sid: 's' } }));
    await result;
    expect(hit).toHaveBeenCalledWith('unit:ratelimit:default:user:u-7', 60_000);
    expect(headers['X-RateLimit-Limit']).toBe('100');
  });

  it('leaves routes outside /api/v1 (health, metrics) alone', async () => {
    const hit = jest.fn();
    await call({ hit }, api({ routeOptions: { url: '/health/ready' } })).result;
    expect(hit).not.toHaveBeenCalled();
  });

  it('fails open when Redis does not answer: warns and counts it', async () => {
    const { result, headers, metrics } = call({ hit: async () => Promise.reject(new Error('Connection is closed.')) }, api());
    await expect(result).resolves.toBeDefined();
    expect(headers).toEqual({});
    expect(logger.warn).toHaveBeenCalledWith(expect.stringContaining('Connection is closed.'), 'RateLimitInterceptor');
    expect((await metrics.render()).body).toMatch(/rate_limit_store_failures_total\{service="gateway"\} 1/);
  });
});
