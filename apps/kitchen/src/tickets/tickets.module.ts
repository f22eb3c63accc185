import { Module } from '@nestjs/common';
import { DraftTicketService } from './commands/draft-ticket/draft-ticket.service';
import { OrderCreatedHandler } from './commands/draft-ticket/order-created.handler';
import { FollowOrderService } from './commands/follow-order/follow-order.service';
import { OrderStatusChangedHandler } from './commands/follow-order/order-status-changed.handler';
import { MoveTicketHandler } from './commands/move-ticket/move-ticket.handler';
import { MoveTicketService } from './commands/move-ticket/move-ticket.service';
import { ListTicketsHandler } from './queries/list-tickets/list-tickets.handler';
import { TicketMover } from './ticket-mover';
import { TicketRepository } from './ticket.repository';

/** Tickets driven by the saga: drafted at placement, opened on acceptance, moved by the line, voided on cancellation. */
@Module({
  controllers: [OrderCreatedHandler, OrderStatusChangedHandler, MoveTicketHandler, ListTicketsHandler],
  providers: [TicketRepository, DraftTicketService, FollowOrderService, MoveTicketService, TicketMover],
})
export class TicketsModule {}
