import { DynamicModule, Module, Provider } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { AuthGuardHooks, AuthModule, GuardedRequest, Public, RedisRevocationLookup, VerifiedActor } from '@platter/auth';
import { RPC } from '@platter/contracts';
import { RpcClient } from '@platter/messaging';
import { PlatterLogger, createLogger } from '@platter/observability';
import { HealthController, MetricsController, PlatformModule, ReadinessCheck } from '@platter/service-kit';
import { GatewayConfig } from './gateway.config';
import { FleetHealthController } from './health/fleet-health.controller';
import { FailedAuthLimiter } from './rate-limit/failed-auth-limiter';
import { RateLimitInterceptor } from './rate-limit/rate-limit.interceptor';
import { RedisRateLimitStore } from './rate-limit/redis-rate-limit-store';
import { RealtimeModule } from './realtime/realtime.module';
import { AdminOrdersRoutesModule } from './routes/admin-orders/admin-orders-routes.module';
import { CatalogRoutesModule } from './routes/catalog/catalog-routes.module';
import { DispatchRoutesModule } from './routes/dispatch/dispatch-routes.module';
import { IdentityRoutesModule } from './routes/identity/identity-routes.module';
import { KitchenRoutesModule } from './routes/kitchen/kitchen-routes.module';
import { LoyaltyRoutesModule } from './routes/loyalty/loyalty-routes.module';
import { OperationsRoutesModule } from './routes/operations/operations-routes.module';
import { OrderingRoutesModule } from './routes/ordering/ordering-routes.module';
import { PaymentsRoutesModule } from './routes/payments/payments-routes.module';
import { PaymentsMoneyRoutesModule } from './routes/payments-money/payments-money-routes.module';

/** Every REST area the gateway forwards to a service. */
export const ROUTE_MODULES = [IdentityRoutesModule, CatalogRoutesModule, OrderingRoutesModule, KitchenRoutesModule, OperationsRoutesModule, AdminOrdersRoutesModule, LoyaltyRoutesModule, PaymentsRoutesModule, DispatchRoutesModule, PaymentsMoneyRoutesModule];

// Probes and scrapers carry no token: behind the global JwtAuthGuard, the platform's own health
// and metrics endpoints must stay public.
for (const probe of [HealthController, MetricsController]) Public()(probe);

/**
 * Rate limits (when enabled): counters in Redis, which /health/ready reports without depending on
 * it (the limiter fails open). The failed-authentication limit is fed by the auth guard.
 */
function rateLimiting(config: GatewayConfig): { providers: Provider[]; imports: DynamicModule[]; readinessChecks: ReadinessCheck[]; failedAuth?: FailedAuthLimiter } {
  if (!config.RATE_LIMITS_ENABLED) return { providers: [], imports: [], readinessChecks: [] };
  const log = createLogger({ service: 'gateway', level: config.LOG_LEVEL });
  const store = new RedisRateLimitStore(config.REDIS_URL, (err) => log.warn({ err: err.message }, 'Redis unreachable: rate limits fail open until it answers'));
  const failedAuth = new FailedAuthLimiter(store, config);
  return {
    providers: [{ provide: RedisRateLimitStore, useValue: store }, { provide: APP_INTERCEPTOR, useClass: RateLimitInterceptor }],
    // The login route (in its own module) reports wrong credentials to it.
    imports: [{ module: FailedAuthLimiterModule, global: true, providers: [{ provide: FailedAuthLimiter, useValue: failedAuth }], exports: [FailedAuthLimiter] }],
    readinessChecks: [{ name: 'redis', critical: false, probe: () => store.probe() }],
    failedAuth,
  };
}

@Module({})
class FailedAuthLimiterModule {}

/**
 * Where a request is refused (503) when the revocation list cannot be read, rather than trusted on
 * its signature alone: anything an admin does, and money. Elsewhere a Redis outage lets signed,
 * unexpired tokens through (docs/security.md).
 */
const FAIL_CLOSED_PREFIXES = ['/api/v1/admin', '/api/v1/payments', '/api/v1/client/wallet', '/api/v1/client/loyalty', '/api/v1/restaurant/subscription'];

export function revocationFailsClosed(req: GuardedRequest, actor: VerifiedActor): boolean {
  if (actor.role === 'admin') return true;
  const path = (req.url ?? '').split('?')[0];
  return FAIL_CLOSED_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
}

/** The auth guard's revocation list (always) and failed-authentication limit (with rate limits). */
function guardHooks(config: GatewayConfig, failedAuth: FailedAuthLimiter | undefined): { hooks: AuthGuardHooks; providers: Provider[] } {
  const log = createLogger({ service: 'gateway', level: config.LOG_LEVEL });
  const lookup = new RedisRevocationLookup(config.REDIS_URL, config.PLATTER_NAMESPACE, (err) =>
    log.warn({ err: err.message }, 'Redis unreachable: revocations unchecked (admin and money routes answer 503) until it answers'),
  );
  return {
    hooks: {
      revocations: { lookup, failClosed: revocationFailsClosed },
      ...(failedAuth ? { onFailedAuthentication: (req: GuardedRequest) => failedAuth.recordFailure(req.ip) } : {}),
    },
    providers: [{ provide: RedisRevocationLookup, useValue: lookup }],
  };
}

export function gatewayModule(config: GatewayConfig) {
  const limits = rateLimiting(config);
  const guard = guardHooks(config, limits.failedAuth);
  @Module({
    imports: [
      // No data of its own, no RPC queue; relayed events come through a queue of its own per instance.
      PlatformModule.forService({ service: 'gateway', config, database: false, serveRpc: false, instanceQueue: true, readinessChecks: limits.readinessChecks }),
      AuthModule.forRootAsync({
        inject: [RpcClient, PlatterLogger],
        useFactory: (rpc: RpcClient, logger: PlatterLogger) => ({
          fetchJwks: () => rpc.call(RPC.identity.jwks, { actor: null, data: {} }),
          refreshSeconds: config.JWKS_REFRESH_SECONDS,
          onRefreshError: (err) => logger.warn(`could not refresh the JWKS: ${(err as Error).message}`, 'JwksKeyStore'),
          guardHooks: guard.hooks,
        }),
      }),
      ...limits.imports,
      ...ROUTE_MODULES,
      RealtimeModule,
    ],
    controllers: [FleetHealthController],
    providers: [...limits.providers, ...guard.providers],
  })
  class GatewayModule {}
  return GatewayModule;
}
