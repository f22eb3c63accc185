import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { OrderCreated } from '@platter/contracts';
import { OpenTicketService } from './open-ticket.service';

@Controller()
export class OrderCreatedHandler {
  constructor(private readonly openTicket: OpenTicketService) {}

  @EventPattern('order.created')
  async handle(@Payload() order: OrderCreated): Promise<void> {
    await this.openTicket.open(order);
  }
}
