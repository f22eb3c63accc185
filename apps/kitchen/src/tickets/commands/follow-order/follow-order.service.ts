import { Injectable } from '@nestjs/common';
import { OrderStatusChanged } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { TicketMover } from '../../ticket-mover';
import { cookingStepOfOrder, ticketStatusCatchingUp, ticketStatusForOrder } from '../../ticket-rules';
import { Ticket } from '../../ticket.entity';
import { TicketRepository } from '../../ticket.repository';

/**
 * The ticket follows its order: the restaurant accepting the order opens it, cancelling voids it,
 * and an order moved through cooking by another door than kitchen's (the dashboard walking a pickup
 * order to completed, an admin's override) brings the ticket forward to match, so kitchen stays the
 * one writer of cooking progress. Forward only: a redelivery, a late event, or ordering's news of a
 * move kitchen made itself changes nothing, and the ticket.status-changed of a catch-up finds the
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
      const ticket = await this.tickets.lock({ order_id: change.order_id });
      if (!ticket) {
        // Accepted or cooked before its order.created was applied here (events out of order): fail,
        // so the event's retry finds the draft. Anything else about an order without a ticket changes nothing.
        if (change.to === 'accepted') throw new Error(`order ${change.order_id} was accepted before kitchen saw it created; retrying`);
        if (cookingStepOfOrder(change.to)) throw new Error(`order ${change.order_id} reached ${change.to} before kitchen saw it created; retrying`);
        return null;
      }
      const next = ticketStatusForOrder(ticket.status, change.to) ?? ticketStatusCatchingUp(ticket.status, change.to);
      if (!next) return ticket;
      return this.mover.move(ticket, next);
    });
  }
}
