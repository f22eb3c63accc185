import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, VerifiedActor } from '@platter/auth';
import { KitchenItemAvailabilityBody, KitchenItemView, RPC } from '@platter/contracts';
import { RpcClient } from '@platter/messaging';
import { RequestId } from '../../http/request-params';
import { Authenticated } from '../common/access';
import { actorOf } from '../common/actor-of';
import { IdRequest as IdParamDto } from '@platter/contracts';

/** The line's menu during service: what is on, and 86'ing what ran out. */
@ApiTags('kitchen')
@Controller('kitchen/items')
export class KitchenItemsController {
  constructor(private readonly rpc: RpcClient) {}

  @Get()
  @Authenticated('restaurant_owner', 'restaurant_staff')
  @ApiOperation({ summary: "The restaurant's items as the kitchen sees them (on or 86'd)" })
  list(@CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<KitchenItemView[]> {
    return this.rpc.call(RPC.kitchen.listItems, { actor: actorOf(actor), data: {} }, { correlationId: requestId });
  }

  @Put(':id/availability')
  @Authenticated('restaurant_owner', 'restaurant_staff')
  @ApiOperation({ summary: '86 an item (or bring it back): catalog applies it and ordering stops taking it within a moment' })
  setAvailability(
    @Param() { id }: IdParamDto,
    @Body() body: KitchenItemAvailabilityBody,
    @CurrentActor() actor: VerifiedActor,
    @RequestId() requestId: string,
  ): Promise<KitchenItemView> {
    return this.rpc.call(RPC.kitchen.setItemAvailability, { actor: actorOf(actor), data: { id, ...body } }, { correlationId: requestId });
  }
}
