import { Module, Provider } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { AuthModule, Public } from '@platter/auth';
import { RPC } from '@platter/contracts';
import { RpcClient } from '@platter/messaging';
import { PlatterLogger, createLogger } from '@platter/observability';
import { HealthController, MetricsController, PlatformModule, ReadinessCheck } from '@platter/service-kit';
import { GatewayConfig } from './gateway.config';
import { FleetHealthController } from './health/fleet-health.controller';
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
 * it (the limiter fails open).
 */
function rateLimiting(config: GatewayConfig): { providers: Provider[]; readinessChecks: ReadinessCheck[] } {
  if (!config.RATE_LIMITS_ENABLED) return { providers: [], readinessChecks: [] };
  const log = createLogger({ service: 'gateway', level: config.LOG_LEVEL });
  const store = new RedisRateLimitStore(config.REDIS_URL, (err) => log.warn({ err: err.message }, 'Redis unreachable: rate limits fail open until it answers'));
  return {
    providers: [{ provide: RedisRateLimitStore, useValue: store }, { provide: APP_INTERCEPTOR, useClass: RateLimitInterceptor }],
    readinessChecks: [{ name: 'redis', critical: false, probe: () => store.probe() }],
  };
}

export function gatewayModule(config: GatewayConfig) {
  const limits = rateLimiting(config);
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
        }),
      }),
      ...ROUTE_MODULES,
      RealtimeModule,
    ],
    controllers: [FleetHealthController],
    providers: limits.providers,
  })
  class GatewayModule {}
  return GatewayModule;
}
