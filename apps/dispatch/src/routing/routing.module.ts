import { Module } from '@nestjs/common';
import { DeliveryRepository } from '../deliveries/delivery.repository';
import { DispatchConfig } from '../dispatch.config';
import { DriverRepository } from '../drivers/driver.repository';
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

/**
 * Routes and ETAs: the provider port, the legs stored on deliveries, the tracker the location pipeline
 * feeds. It sits below DeliveriesModule, so it provides the (stateless) repositories it reads through itself.
 */
@Module({
  providers: [{ provide: RoutingProvider, useFactory: routingProviderFor, inject: [DispatchConfig] }, DeliveryRoutes, RouteTracker, DeliveryRepository, DriverRepository],
  exports: [RoutingProvider, DeliveryRoutes, RouteTracker],
})
export class RoutingModule {}
