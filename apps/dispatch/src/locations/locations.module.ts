import { Module } from '@nestjs/common';
import { DeliveriesModule } from '../deliveries/deliveries.module';
import { RoutingModule } from '../routing/routing.module';
import { ActiveDeliveriesCache } from './active-deliveries.cache';
import { LocationPipeline } from './location-pipeline';
import { LocationReportedConsumer } from './location-reported.consumer';

/** Drivers' positions: telemetry in, latest position and trails in batches, live events out. */
@Module({
  imports: [DeliveriesModule, RoutingModule],
  controllers: [LocationReportedConsumer],
  providers: [ActiveDeliveriesCache, LocationPipeline],
  exports: [LocationPipeline, ActiveDeliveriesCache],
})
export class LocationsModule {}
