import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { CreateRestaurantRequest, RestaurantView, RPC, RpcRequest } from '@platter/contracts';
import { requireActor, RpcEndpoint, validData } from '@platter/service-kit';
import { CreateRestaurantService } from './create-restaurant.service';

@Controller()
export class CreateRestaurantRpc {
  constructor(private readonly createRestaurant: CreateRestaurantService) {}

  @RpcEndpoint(RPC.catalog.createRestaurant)
  async handle(@Payload() req: RpcRequest<unknown>): Promise<RestaurantView> {
    const owner = requireActor(req, 'restaurant_owner');
    return this.createRestaurant.create(owner, validData(CreateRestaurantRequest, req.data));
  }
}
