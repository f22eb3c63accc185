import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { FindOptionsWhere, Not } from 'typeorm';
import { ListTicketsRequest, Page, RPC, RpcRequest, TicketView } from '@platter/contracts';
import { RpcEndpoint, pageOf, requireActor, validData } from '@platter/service-kit';
import { Ticket } from '../../ticket.entity';
import { TicketRepository } from '../../ticket.repository';
import { toTicketView } from '../../ticket.view';

/**
 * Tickets, newest first: a restaurant's team sees only its own restaurant's, an admin any. Without a
 * status filter, every ticket but the drafts (`pending`: the restaurant has not accepted the order).
 */
@Controller()
export class ListTicketsRpc {
  constructor(private readonly tickets: TicketRepository) {}

  @RpcEndpoint(RPC.kitchen.listTickets)
  async list(@Payload() req: RpcRequest<unknown>): Promise<Page<TicketView>> {
    const actor = requireActor(req, 'restaurant_owner', 'restaurant_staff', 'admin');
    const filter = validData(ListTicketsRequest, req.data);
    const where: FindOptionsWhere<Ticket> = {};
    if (filter.restaurant_id) where.restaurant_id = filter.restaurant_id;
    if (filter.order_id) where.order_id = filter.order_id;
    // Drafts (orders not accepted yet) are nothing to cook: shown only when asked for.
    where.status = filter.status ?? Not('pending');
    // The restaurant's team sees the restaurant their token acts for; an owner without one, what they own.
    if (actor.role !== 'admin') {
      if (actor.restaurant_id) {
        if (filter.restaurant_id && filter.restaurant_id !== actor.restaurant_id) return pageOf([], filter, 0);
        where.restaurant_id = actor.restaurant_id;
      } else if (actor.role === 'restaurant_owner') {
        where.restaurant_owner_id = actor.user_id;
      } else {
        return pageOf([], filter, 0);
      }
    }
    const [rows, total] = await this.tickets.page(where, filter.page, filter.limit);
    return pageOf(rows.map(toTicketView), filter, total);
  }
}
