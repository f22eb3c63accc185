import { Injectable } from '@nestjs/common';
import { Actor, NotFoundError, TicketView } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { ANY_MEMBER, requireRestaurantAccess } from '@platter/service-kit';
import { KitchenException } from '../../../kitchen.exception';
import { TicketMover } from '../../ticket-mover';
import { TicketAction, ticketStatusAfter } from '../../ticket-rules';
import { Ticket } from '../../ticket.entity';
import { toTicketView } from '../../ticket.view';

/** The line starts a ticket or calls it ready; ordering turns it into preparing / ready. */
@Injectable()
export class MoveTicketService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly mover: TicketMover,
  ) {}

  async move(actor: Actor, ticketId: string, action: TicketAction): Promise<TicketView> {
    return this.tx.run(async () => {
      // Locked: two cooks pressing the same button are checked one after the other.
      const ticket = await this.tx.repository(Ticket).findOne({ where: { id: ticketId }, lock: { mode: 'pessimistic_write' } });
      if (!ticket) throw new NotFoundError('Ticket');
      requireRestaurantAccess(actor, { id: ticket.restaurant_id, owner_id: ticket.restaurant_owner_id }, ANY_MEMBER, { adminToo: true });
      const next = ticketStatusAfter(ticket.status, action);
      if (!next) {
        const why = ticket.status === 'pending' ? ': its order is not accepted yet' : '';
        throw new KitchenException('INVALID_STATE_TRANSITION', `A ${ticket.status} ticket cannot be ${action === 'start' ? 'started' : 'made ready'}${why}`);
      }
      return toTicketView(await this.mover.move(ticket, next));
    });
  }
}
