import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { RPC, RpcRequest, TicketView } from '@platter/contracts';
import { IdRequest, requireActor, validData } from '@platter/service-kit';
import { MoveTicketService } from './move-ticket.service';

/** PUT /kitchen/tickets/:id/start | ready. */
@Controller()
export class MoveTicketHandler {
  constructor(private readonly moveTicket: MoveTicketService) {}

  @MessagePattern(RPC.kitchen.startTicket)
  start(@Payload() req: RpcRequest<unknown>): Promise<TicketView> {
    const actor = requireActor(req, 'restaurant_owner', 'restaurant_staff', 'admin');
    return this.moveTicket.move(actor, validData(IdRequest, req.data).id, 'start');
  }

  @MessagePattern(RPC.kitchen.readyTicket)
  ready(@Payload() req: RpcRequest<unknown>): Promise<TicketView> {
    const actor = requireActor(req, 'restaurant_owner', 'restaurant_staff', 'admin');
    return this.moveTicket.move(actor, validData(IdRequest, req.data).id, 'ready');
  }
}
