import { Injectable } from '@nestjs/common';
import { TicketStatus } from '@platter/contracts';
import { EventPublisher } from '@platter/messaging';
import { timestampOf } from './ticket-rules';
import { Ticket } from './ticket.entity';
import { TicketRepository } from './ticket.repository';

/** The one way a ticket's status moves once decided: stamped, saved, announced (ticket.status-changed). */
@Injectable()
export class TicketMover {
  constructor(
    private readonly events: EventPublisher,
    private readonly tickets: TicketRepository,
  ) {}

  /** In the caller's transaction, on a ticket it has locked. */
  async move(ticket: Ticket, to: TicketStatus): Promise<Ticket> {
    const now = new Date();
    const stamps: Partial<Ticket> = {};
    const column = timestampOf(to);
    if (column) stamps[column] = now;
    // A ticket that skips a step (the restaurant moved the order itself) still shows when it was opened.
    if (to !== 'void' && to !== 'pending' && !ticket.opened_at) stamps.opened_at = now;
    const moved = await this.tickets.move(ticket, to, stamps);
    if (to !== 'pending') {
      await this.events.publish('ticket.status-changed', { ticket_id: ticket.id, order_id: ticket.order_id, restaurant_id: ticket.restaurant_id, status: to });
    }
    return moved;
  }
}
