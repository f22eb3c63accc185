import { Module } from '@nestjs/common';
import { DispatchConfig } from '../dispatch.config';
import { parseSpeedList } from '../config-rules';
import { DeliveryRoutes } from './delivery-routes';
import { RouteTracker } from './route-tracker';
import { RoutingProvider } from './domain/routing-provider';
import { StraightLineRoutingProvider } from './straight-line.provider';

/** The provider ROUTING_PROVIDER names. */
export function routingProviderFor(config: DispatchConfig): RoutingProvider {
  switch (config.ROUTING_PROVIDER) {
    case 'straight_line':
    default:
      return new StraightLineRoutingProvider({
        detourFactor: config.ROUTE_DETOUR_FACTOR,
        speeds: parseSpeedList(config.ROUTE_VEHICLE_SPEEDS_KMH),
        defaultSpeedKmh: config.DRIVER_AVERAGE_SPEED_KMH,
      });
  }
}

/** Routes and ETAs: the provider port, the legs stored on deliveries, the tracker the location pipeline feeds. */
@Module({
  providers: [{ provide: RoutingProvider, useFactory: routingProviderFor, inject: [DispatchConfig] }, DeliveryRoutes, RouteTracker],
  exports: [RoutingProvider, DeliveryRoutes, RouteTracker],
})
export class RoutingModule {}
