import { Module } from '@nestjs/common';
import { OpenTicketService } from './commands/open-ticket/open-ticket.service';
import { OrderCreatedHandler } from './commands/open-ticket/order-created.handler';
import { ListTicketsHandler } from './queries/list-tickets/list-tickets.handler';

@Module({
  controllers: [OrderCreatedHandler, ListTicketsHandler],
  providers: [OpenTicketService],
})
export class TicketsModule {}
