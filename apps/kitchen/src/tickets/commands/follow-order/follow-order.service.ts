import { Injectable } from '@nestjs/common';
import { OrderStatusChanged } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { TicketMover } from '../../ticket-mover';
import { isKeptBeforeTicket, ticketStatusCatchingUp, ticketStatusForOrder } from '../../ticket-rules';
import { Ticket } from '../../ticket.entity';
import { TicketRepository } from '../../ticket.repository';

/**
 * The ticket follows its order: the restaurant accepting the order opens it, cancelling voids it,
 * and an order moved through cooking by another door than kitchen's (the dashboard walking a pickup
 * order to completed, an admin's override) brings the ticket forward to match, so kitchen stays the
 * one writer of cooking progress. Forward only: a redelivery, a late event, or ordering's news of a
 * move kitchen made itself changes nothing; news of an order kitchen has no ticket for yet is kept for
 * the draft (DraftTicketService); and the ticket.status-changed of a catch-up finds the
 * order already there (ordering applies a ticket's status only going forward).
 */
@Injectable()
export class FollowOrderService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly mover: TicketMover,
    private readonly tickets: TicketRepository,
  ) {}

  /** The ticket as it now stands; null when the kitchen has none and needs none. */
  async follow(change: OrderStatusChanged): Promise<Ticket | null> {
    return this.tx.run(async () => {
      await this.tickets.lockOrder(change.order_id);
      const ticket = await this.tickets.lock({ order_id: change.order_id });
      if (!ticket) {
        // Accepted, cooked or cancelled before its order.created was applied here (events are not
        // ordered per order): kept, and applied when order.created drafts the ticket. Retrying
        // instead could not wait long enough: the order.created may itself be on its last retry.
        if (isKeptBeforeTicket(change.to)) await this.tickets.keepEarlyStatus(change.order_id, change.to);
        return null;
      }
      const next = ticketStatusForOrder(ticket.status, change.to) ?? ticketStatusCatchingUp(ticket.status, change.to);
      if (!next) return ticket;
      return this.mover.move(ticket, next);
    });
  }
}
