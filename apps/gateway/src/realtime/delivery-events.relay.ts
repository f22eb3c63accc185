import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { DeliveryStatusChanged, DriverLocationUpdated } from '@platter/contracts';
import { RealtimeRelay } from './realtime-relay';

/** Dispatch's events from this instance's exclusive queue: assignments and drivers' live positions. */
@Controller()
export class DeliveryEventsRelay {
  constructor(private readonly relay: RealtimeRelay) {}

  @EventPattern('delivery.status-changed')
  statusChanged(@Payload() event: DeliveryStatusChanged): void {
    this.relay.deliveryStatusChanged(event);
  }

  @EventPattern('driver.location-updated')
  locationUpdated(@Payload() event: DriverLocationUpdated): void {
    this.relay.driverLocationUpdated(event);
  }
}
