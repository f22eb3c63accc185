import { Injectable } from '@nestjs/common';
import { Actor, NotFoundError, TicketView } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { ANY_MEMBER, requireRestaurantAccess } from '@platter/service-kit';
import { KitchenException } from '../../../kitchen.exception';
import { TicketMover } from '../../ticket-mover';
import { RestaurantStep, TicketAction, ticketStatusAfter, ticketStatusForRestaurantStep } from '../../ticket-rules';
import { Ticket } from '../../ticket.entity';
import { TicketRepository } from '../../ticket.repository';
import { toTicketView } from '../../ticket.view';

/**
 * Kitchen is the one writer of cooking progress: the line starts a ticket or calls it ready, and the
 * restaurant's own order routes (preparing, ready) move the order's ticket here too. Each move is
 * announced (ticket.status-changed) and ordering turns it into preparing / ready.
 */
@Injectable()
export class MoveTicketService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly mover: TicketMover,
    private readonly tickets: TicketRepository,
  ) {}

  async move(actor: Actor, ticketId: string, action: TicketAction): Promise<TicketView> {
    return this.tx.run(async () => {
      const ticket = await this.locked(actor, { id: ticketId });
      const next = ticketStatusAfter(ticket.status, action);
      if (!next) {
        const why = ticket.status === 'pending' ? ': its order is not accepted yet' : '';
        throw new KitchenException('INVALID_STATE_TRANSITION', `A ${ticket.status} ticket cannot be ${action === 'start' ? 'started' : 'made ready'}${why}`);
      }
      return toTicketView(await this.mover.move(ticket, next));
    });
  }

  /**
   * The restaurant moved its (accepted) order to preparing or ready: the ticket follows, skipping a
   * step if need be; a ticket already there or past it is answered as it stands (no second move).
   */
  async moveForOrder(actor: Actor, orderId: string, step: RestaurantStep): Promise<TicketView> {
    return this.tx.run(async () => {
      const ticket = await this.locked(actor, { order_id: orderId });
      if (ticket.status === 'void') throw new KitchenException('INVALID_STATE_TRANSITION', `The ticket of a cancelled order cannot be ${step === 'preparing' ? 'started' : 'made ready'}`);
      const next = ticketStatusForRestaurantStep(ticket.status, step);
      return toTicketView(next ? await this.mover.move(ticket, next) : ticket);
    });
  }

  /** Locked: two cooks pressing the same button are checked one after the other. */
  private async locked(actor: Actor, where: { id: string } | { order_id: string }): Promise<Ticket> {
    const ticket = await this.tickets.lock(where);
    if (!ticket) throw new NotFoundError('Ticket');
    requireRestaurantAccess(actor, { id: ticket.restaurant_id, owner_id: ticket.restaurant_owner_id }, ANY_MEMBER, { adminToo: true });
    return ticket;
  }
}
