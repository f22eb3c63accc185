import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { OrderCreated, OrderStatusChanged } from '@platter/contracts';
import { RealtimeRelay } from './realtime-relay';

/** Order events from this instance's exclusive queue, passed on to the sockets connected here. */
@Controller()
export class OrderEventsRelay {
  constructor(private readonly relay: RealtimeRelay) {}

  @EventPattern('order.created')
  created(@Payload() event: OrderCreated): void {
    this.relay.orderCreated(event);
  }

  @EventPattern('order.status-changed')
  statusChanged(@Payload() event: OrderStatusChanged): void {
    this.relay.orderStatusChanged(event);
  }
}
