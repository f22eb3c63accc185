import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Public, VerifiedActor } from '@platter/auth';
import { Page, PublicMenu, RPC, RestaurantView } from '@platter/contracts';
import { RpcClient } from '@platter/messaging';
import { RequestId } from '../../http/request-params';
import { IdParamDto } from '../common/dto/id-param.dto';
import { PageQueryDto } from '../common/dto/page-query.dto';
import { actorOf } from '../common/actor-of';

@ApiTags('public')
@Public()
@Controller('public/restaurants')
export class PublicRestaurantsController {
  constructor(private readonly rpc: RpcClient) {}

  @Get()
  @ApiOperation({ summary: 'Approved restaurants, a page at a time' })
  list(@Query() { page, limit }: PageQueryDto, @CurrentActor() actor: VerifiedActor | null, @RequestId() requestId: string): Promise<Page<RestaurantView>> {
    return this.rpc.call(RPC.catalog.listPublic, { actor: actorOf(actor), data: { page, limit } }, { correlationId: requestId });
  }

  @Get(':id')
  @ApiOperation({ summary: 'One approved restaurant' })
  get(@Param() { id }: IdParamDto, @CurrentActor() actor: VerifiedActor | null, @RequestId() requestId: string): Promise<RestaurantView> {
    return this.rpc.call(RPC.catalog.getPublic, { actor: actorOf(actor), data: { id } }, { correlationId: requestId });
  }

  @Get(':id/menu')
  @ApiOperation({ summary: "An approved restaurant's menu, by category" })
  menu(@Param() { id }: IdParamDto, @CurrentActor() actor: VerifiedActor | null, @RequestId() requestId: string): Promise<PublicMenu> {
    return this.rpc.call(RPC.catalog.publicMenu, { actor: actorOf(actor), data: { id } }, { correlationId: requestId });
  }
}
