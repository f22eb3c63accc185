import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { IdData, RPC, RestaurantView, RpcRequest } from '@platter/contracts';
import { IdRequest, RpcEndpoint } from '@platter/service-kit';
import { requireActor, validData } from '@platter/service-kit';
import { ApproveRestaurantService } from './approve-restaurant.service';

@Controller()
export class ApproveRestaurantRpc {
  constructor(private readonly approveRestaurant: ApproveRestaurantService) {}

  @RpcEndpoint(RPC.catalog.approveRestaurant)
  async handle(@Payload() req: RpcRequest<IdData>): Promise<RestaurantView> {
    const admin = requireActor(req, 'admin');
    return this.approveRestaurant.approve(validData(IdRequest, req.data).id, admin.user_id);
  }
}
