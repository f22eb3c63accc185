import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { IdRequest, RPC, RpcRequest, TicketForOrderRequest, TicketView } from '@platter/contracts';
import { RpcEndpoint, requireActor, validData } from '@platter/service-kit';
import { MoveTicketService } from './move-ticket.service';

/** PUT /kitchen/tickets/:id/start | ready, and the restaurant's PUT /restaurant/orders/:id/preparing | ready (asked by ordering). */
@Controller()
export class MoveTicketRpc {
  constructor(private readonly moveTicket: MoveTicketService) {}

  @RpcEndpoint(RPC.kitchen.startTicket)
  start(@Payload() req: RpcRequest<unknown>): Promise<TicketView> {
    const actor = requireActor(req, 'restaurant_owner', 'restaurant_staff', 'admin');
    return this.moveTicket.move(actor, validData(IdRequest, req.data).id, 'start');
  }

  @RpcEndpoint(RPC.kitchen.readyTicket)
  ready(@Payload() req: RpcRequest<unknown>): Promise<TicketView> {
    const actor = requireActor(req, 'restaurant_owner', 'restaurant_staff', 'admin');
    return this.moveTicket.move(actor, validData(IdRequest, req.data).id, 'ready');
  }

  @RpcEndpoint(RPC.kitchen.startTicketForOrder)
  startForOrder(@Payload() req: RpcRequest<unknown>): Promise<TicketView> {
    const actor = requireActor(req, 'restaurant_owner', 'restaurant_staff', 'admin');
    return this.moveTicket.moveForOrder(actor, validData(TicketForOrderRequest, req.data).order_id, 'preparing');
  }

  @RpcEndpoint(RPC.kitchen.readyTicketForOrder)
  readyForOrder(@Payload() req: RpcRequest<unknown>): Promise<TicketView> {
    const actor = requireActor(req, 'restaurant_owner', 'restaurant_staff', 'admin');
    return this.moveTicket.moveForOrder(actor, validData(TicketForOrderRequest, req.data).order_id, 'ready');
  }
}
