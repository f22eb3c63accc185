import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, VerifiedActor } from '@platter/auth';
import { RPC, RestaurantView } from '@platter/contracts';
import { RpcClient } from '@platter/messaging';
import { RequestId } from '../../http/request-params';
import { Authenticated } from '../common/access';
import { IdParamDto } from '../common/dto/id-param.dto';
import { actorOf } from '../common/actor-of';

@ApiTags('admin')
@Controller('admin/restaurants')
export class AdminRestaurantsController {
  constructor(private readonly rpc: RpcClient) {}

  @Post(':id/approve')
  @HttpCode(200)
  @Authenticated('admin')
  @ApiOperation({ summary: 'Approve a pending restaurant (it becomes public)' })
  approve(@Param() { id }: IdParamDto, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<RestaurantView> {
    return this.rpc.call(RPC.catalog.approveRestaurant, { actor: actorOf(actor), data: { id } }, { correlationId: requestId });
  }
}
