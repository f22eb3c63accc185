import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { TicketStatusChanged } from '@platter/contracts';
import { RealtimeRelay } from './realtime-relay';

/** Kitchen's events from this instance's exclusive queue: the kitchen display's tickets. */
@Controller()
export class KitchenEventsRelay {
  constructor(private readonly relay: RealtimeRelay) {}

  @EventPattern('ticket.status-changed')
  ticketStatusChanged(@Payload() event: TicketStatusChanged): void {
    this.relay.ticketStatusChanged(event);
  }
}
