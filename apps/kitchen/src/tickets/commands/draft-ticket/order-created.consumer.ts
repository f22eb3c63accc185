import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { OrderCreated } from '@platter/contracts';
import { DraftTicketService } from './draft-ticket.service';

@Controller()
export class OrderCreatedConsumer {
  constructor(private readonly draftTicket: DraftTicketService) {}

  @EventPattern('order.created')
  async handle(@Payload() order: OrderCreated): Promise<void> {
    await this.draftTicket.draft(order);
  }
}
