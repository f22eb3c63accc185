import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { AdminRestaurantDetail, RPC, RpcRequest } from '@platter/contracts';
import { IdRequest, requireActor, RpcEndpoint, validData } from '@platter/service-kit';
import { AdminGetRestaurantService } from './admin-get-restaurant.service';

/** One restaurant, whatever its status, with the documents it uploaded for review. */
@Controller()
export class AdminGetRestaurantRpc {
  constructor(private readonly adminGetRestaurant: AdminGetRestaurantService) {}

  @RpcEndpoint(RPC.catalog.adminGetRestaurant)
  async handle(@Payload() req: RpcRequest<unknown>): Promise<AdminRestaurantDetail> {
    requireActor(req, 'admin');
    return this.adminGetRestaurant.get(validData(IdRequest, req.data).id);
  }
}
