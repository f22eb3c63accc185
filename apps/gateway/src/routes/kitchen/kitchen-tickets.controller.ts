import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, VerifiedActor } from '@platter/auth';
import { RPC } from '@platter/contracts';
import { RpcClient } from '@platter/messaging';
import { RequestId } from '../../http/request-params';
import { Authenticated } from '../common/access';
import { actorOf } from '../common/actor-of';
import { ListTicketsQueryDto } from './dto/list-tickets-query.dto';

@ApiTags('kitchen')
@Controller('kitchen/tickets')
export class KitchenTicketsController {
  constructor(private readonly rpc: RpcClient) {}

  @Get()
  @Authenticated('restaurant_owner', 'restaurant_staff', 'admin')
  @ApiOperation({ summary: 'Kitchen tickets, newest first (by restaurant or order)' })
  list(@Query() query: ListTicketsQueryDto, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<unknown[]> {
    return this.rpc.call(RPC.kitchen.listTickets, { actor: actorOf(actor), data: { ...query } }, { correlationId: requestId });
  }
}
