import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { RPC, RestaurantView, RpcRequest } from '@platter/contracts';
import { ANY_MEMBER, requireActor, RpcEndpoint } from '@platter/service-kit';
import { ActingRestaurants } from '../../acting-restaurant';
import { toRestaurantView } from '../../restaurant.view';

@Controller()
export class GetMyRestaurantRpc {
  constructor(private readonly actingRestaurants: ActingRestaurants) {}

  @RpcEndpoint(RPC.catalog.myRestaurant)
  async handle(@Payload() req: RpcRequest<unknown>): Promise<RestaurantView> {
    return toRestaurantView(await this.actingRestaurants.find(requireActor(req), ANY_MEMBER));
  }
}
