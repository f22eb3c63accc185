import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { DriverLocationReported } from '@platter/contracts';
import { recordedAtOf } from './domain/driver-position';
import { LocationPipeline } from './location-pipeline';

/**
 * Telemetry (TELEMETRY_SUBSCRIPTIONS): positions the gateway took from drivers' sockets, consumed from
 * dispatch's telemetry queue (no inbox, no retries: the transport validated the payload already).
 */
@Controller()
export class LocationReportedConsumer {
  constructor(private readonly pipeline: LocationPipeline) {}

  @EventPattern('driver.location-reported')
  handle(@Payload() e: DriverLocationReported): void {
    void this.pipeline.ingest({
      driverId: e.driver_id,
      lat: e.lat,
      lng: e.lng,
      heading: e.heading ?? null,
      speed: e.speed ?? null,
      accuracy: e.accuracy ?? null,
      recordedAt: recordedAtOf(e.reported_at),
    });
  }
}
