import { Module } from '@nestjs/common';
import { AuthModule, Public } from '@platter/auth';
import { JwksResult, RPC } from '@platter/contracts';
import { RpcClient } from '@platter/messaging';
import { PlatterLogger } from '@platter/observability';
import { HealthController, MetricsController, PlatformModule } from '@platter/service-kit';
import { GatewayConfig } from './gateway.config';
import { FleetHealthController } from './health/fleet-health.controller';
import { RealtimeModule } from './realtime/realtime.module';
import { CatalogRoutesModule } from './routes/catalog/catalog-routes.module';
import { IdentityRoutesModule } from './routes/identity/identity-routes.module';
import { KitchenRoutesModule } from './routes/kitchen/kitchen-routes.module';
import { OperationsRoutesModule } from './routes/operations/operations-routes.module';
import { OrderingRoutesModule } from './routes/ordering/ordering-routes.module';

/** Every REST area the gateway forwards to a service. */
export const ROUTE_MODULES = [IdentityRoutesModule, CatalogRoutesModule, OrderingRoutesModule, KitchenRoutesModule, OperationsRoutesModule];

// Probes and scrapers carry no token: behind the global JwtAuthGuard, the platform's own health
// and metrics endpoints must stay public.
for (const probe of [HealthController, MetricsController]) Public()(probe);

export function gatewayModule(config: GatewayConfig) {
  @Module({
    imports: [
      // No data of its own, no RPC queue; relayed events come through a queue of its own per instance.
      PlatformModule.forService({ service: 'gateway', config, database: false, serveRpc: false, instanceQueue: true }),
      AuthModule.forRootAsync({
        inject: [RpcClient, PlatterLogger],
        useFactory: (rpc: RpcClient, logger: PlatterLogger) => ({
          fetchJwks: () => rpc.call<JwksResult>(RPC.identity.jwks, { actor: null, data: {} }),
          refreshSeconds: config.JWKS_REFRESH_SECONDS,
          onRefreshError: (err) => logger.warn(`could not refresh the JWKS: ${(err as Error).message}`, 'JwksKeyStore'),
        }),
      }),
      ...ROUTE_MODULES,
      RealtimeModule,
    ],
    controllers: [FleetHealthController],
  })
  class GatewayModule {}
  return GatewayModule;
}
