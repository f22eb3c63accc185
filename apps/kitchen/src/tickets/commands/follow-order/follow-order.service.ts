import { Injectable } from '@nestjs/common';
import { OrderStatusChanged } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { TicketMover } from '../../ticket-mover';
import { ticketStatusForOrder } from '../../ticket-rules';
import { Ticket } from '../../ticket.entity';
import { TicketRepository } from '../../ticket.repository';

/**
 * The order's saga opens and closes the ticket: the restaurant accepting the order opens it,
 * cancelling voids it. Cooking progress is kitchen's own (the line, or the restaurant's order routes
 * through MoveTicketService), so the order reaching preparing or ready moves nothing here.
 */
@Injectable()
export class FollowOrderService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly mover: TicketMover,
    private readonly tickets: TicketRepository = new TicketRepository(tx),
  ) {}

  /** The ticket as it now stands; null when the kitchen has none and needs none. */
  async follow(change: OrderStatusChanged): Promise<Ticket | null> {
    return this.tx.run(async () => {
      const ticket = await this.tickets.lock({ order_id: change.order_id });
      if (!ticket) {
        // Accepted before its order.created was applied here (a redelivery out of order): fail, so
        // the retry finds the draft. Anything else about an order without a ticket changes nothing.
        if (change.to === 'accepted') throw new Error(`order ${change.order_id} was accepted before kitchen saw it created; retrying`);
        return null;
      }
      const next = ticketStatusForOrder(ticket.status, change.to);
      if (!next) return ticket;
      return this.mover.move(ticket, next);
    });
  }
}
