import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { RPC, RpcRequest } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { Ticket } from '../../ticket.entity';

@Controller()
export class ListTicketsHandler {
  constructor(private readonly tx: TransactionHost) {}

  @MessagePattern(RPC.kitchen.listTickets)
  async list(@Payload() req: RpcRequest<{ restaurant_id?: string; order_id?: string }>): Promise<Ticket[]> {
    const where: { restaurant_id?: string; order_id?: string } = {};
    if (req.data?.restaurant_id) where.restaurant_id = req.data.restaurant_id;
    if (req.data?.order_id) where.order_id = req.data.order_id;
    return this.tx.repository(Ticket).find({ where, order: { created_at: 'DESC' }, take: 100 });
  }
}
