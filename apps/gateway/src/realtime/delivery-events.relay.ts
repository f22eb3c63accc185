import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { DeliveryOfferClosed, DeliveryOffered, DeliveryRouteUpdated, DeliveryStatusChanged, DriverLocationUpdated, DriverStatusChanged } from '@platter/contracts';
import { OrderRooms } from './order-rooms';
import { RealtimeRelay } from './realtime-relay';

/** Dispatch's events from this instance's exclusive queue: offers, assignments, routes, drivers' live positions. */
@Controller()
export class DeliveryEventsRelay {
  constructor(
    private readonly relay: RealtimeRelay,
    private readonly rooms: OrderRooms,
  ) {}

  @EventPattern('delivery.status-changed')
  statusChanged(@Payload() event: DeliveryStatusChanged): void {
    // A driver who no longer holds the order stops following it.
    if (event.status === 'assigned') this.rooms.driverChanged(event.order_id, event.driver_id ?? null);
    if (event.status === 'unassigned') this.rooms.driverChanged(event.order_id, null);
    this.relay.deliveryStatusChanged(event);
  }

  @EventPattern('driver.location-updated')
  locationUpdated(@Payload() event: DriverLocationUpdated): void {
    this.relay.driverLocationUpdated(event);
  }

  @EventPattern('delivery.offered')
  offered(@Payload() event: DeliveryOffered): void {
    this.relay.deliveryOffered(event);
  }

  @EventPattern('delivery.offer-closed')
  offerClosed(@Payload() event: DeliveryOfferClosed): void {
    this.relay.deliveryOfferClosed(event);
  }

  @EventPattern('delivery.route-updated')
  routeUpdated(@Payload() event: DeliveryRouteUpdated): void {
    this.relay.deliveryRouteUpdated(event);
  }

  @EventPattern('driver.status-changed')
  driverStatusChanged(@Payload() event: DriverStatusChanged): void {
    this.relay.driverStatusChanged(event);
  }
}
