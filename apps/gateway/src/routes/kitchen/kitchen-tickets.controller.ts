import { Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, VerifiedActor } from '@platter/auth';
import { ListTicketsRequest, Page, RPC, TicketView } from '@platter/contracts';
import { RpcClient } from '@platter/messaging';
import { RequestId } from '../../http/request-params';
import { Authenticated } from '../common/access';
import { actorOf } from '../common/actor-of';
import { IdRequest as IdParamDto } from '@platter/contracts';

/** The line's tickets: opened when the restaurant accepts an order; start and ready move the order to preparing and ready. */
@ApiTags('kitchen')
@Controller('kitchen/tickets')
export class KitchenTicketsController {
  constructor(private readonly rpc: RpcClient) {}

  @Get()
  @Authenticated('restaurant_owner', 'restaurant_staff', 'admin')
  @ApiOperation({ summary: 'Kitchen tickets, newest first (by status, restaurant or order), with their lines, sizes and modifiers' })
  list(@Query() query: ListTicketsRequest, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<Page<TicketView>> {
    return this.rpc.call(RPC.kitchen.listTickets, { actor: actorOf(actor), data: { ...query } }, { correlationId: requestId });
  }

  @Put(':id/start')
  @Authenticated('restaurant_owner', 'restaurant_staff', 'admin')
  @ApiOperation({ summary: 'Start cooking an open ticket (the order becomes preparing); 422 INVALID_STATE_TRANSITION otherwise' })
  start(@Param() { id }: IdParamDto, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<TicketView> {
    return this.rpc.call(RPC.kitchen.startTicket, { actor: actorOf(actor), data: { id } }, { correlationId: requestId });
  }

  @Put(':id/ready')
  @Authenticated('restaurant_owner', 'restaurant_staff', 'admin')
  @ApiOperation({ summary: 'Call a ticket in progress ready (the order becomes ready); 422 INVALID_STATE_TRANSITION otherwise' })
  ready(@Param() { id }: IdParamDto, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<TicketView> {
    return this.rpc.call(RPC.kitchen.readyTicket, { actor: actorOf(actor), data: { id } }, { correlationId: requestId });
  }
}
