import { Module } from '@nestjs/common';
import { DraftTicketService } from './commands/draft-ticket/draft-ticket.service';
import { OrderCreatedConsumer } from './commands/draft-ticket/order-created.consumer';
import { FollowOrderService } from './commands/follow-order/follow-order.service';
import { OrderStatusChangedConsumer } from './commands/follow-order/order-status-changed.consumer';
import { MoveTicketRpc } from './commands/move-ticket/move-ticket.rpc';
import { MoveTicketService } from './commands/move-ticket/move-ticket.service';
import { ListTicketsRpc } from './queries/list-tickets/list-tickets.rpc';
import { TicketMover } from './ticket-mover';
import { TicketRepository } from './ticket.repository';

/** Tickets driven by the saga: drafted at placement, opened on acceptance, moved by the line, voided on cancellation. */
@Module({
  controllers: [OrderCreatedConsumer, OrderStatusChangedConsumer, MoveTicketRpc, ListTicketsRpc],
  providers: [TicketRepository, DraftTicketService, FollowOrderService, MoveTicketService, TicketMover],
})
export class TicketsModule {}
