import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { IsOptional, IsUUID } from 'class-validator';
import { RPC, RpcRequest } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { requireActor, validData } from '@platter/service-kit';
import { Ticket } from '../../ticket.entity';

class ListTicketsRequest {
  @IsOptional() @IsUUID() restaurant_id?: string;
  @IsOptional() @IsUUID() order_id?: string;
}

/** Tickets, newest first: a restaurant's team sees only its own restaurant's, an admin any. */
@Controller()
export class ListTicketsHandler {
  constructor(private readonly tx: TransactionHost) {}

  @MessagePattern(RPC.kitchen.listTickets)
  async list(@Payload() req: RpcRequest<unknown>): Promise<Ticket[]> {
    const actor = requireActor(req, 'restaurant_owner', 'restaurant_staff', 'admin');
    const filter = validData(ListTicketsRequest, req.data);
    const where: { restaurant_id?: string; order_id?: string; restaurant_owner_id?: string } = {};
    if (filter.restaurant_id) where.restaurant_id = filter.restaurant_id;
    if (filter.order_id) where.order_id = filter.order_id;
    // The restaurant's team sees the restaurant their token acts for; an owner without one, what they own.
    if (actor.role !== 'admin') {
      if (actor.restaurant_id) {
        if (filter.restaurant_id && filter.restaurant_id !== actor.restaurant_id) return [];
        where.restaurant_id = actor.restaurant_id;
      } else if (actor.role === 'restaurant_owner') {
        where.restaurant_owner_id = actor.user_id;
      } else {
        return [];
      }
    }
    return this.tx.repository(Ticket).find({ where, order: { created_at: 'DESC' }, take: 100 });
  }
}
