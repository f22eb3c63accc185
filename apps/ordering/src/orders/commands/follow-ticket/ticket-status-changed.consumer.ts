import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { TicketStatusChanged } from '@platter/contracts';
import { FollowTicketService } from './follow-ticket.service';

@Controller()
export class TicketStatusChangedConsumer {
  constructor(private readonly follow: FollowTicketService) {}

  @EventPattern('ticket.status-changed')
  async handle(@Payload() event: TicketStatusChanged): Promise<void> {
    await this.follow.apply(event);
  }
}
