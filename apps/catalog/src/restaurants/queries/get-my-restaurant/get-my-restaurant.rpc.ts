import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { RPC, RestaurantView, RpcRequest } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { ANY_MEMBER, requireActor, RpcEndpoint } from '@platter/service-kit';
import { findActingRestaurant } from '../../acting-restaurant';
import { toRestaurantView } from '../../restaurant.view';

@Controller()
export class GetMyRestaurantRpc {
  constructor(private readonly tx: TransactionHost) {}

  @RpcEndpoint(RPC.catalog.myRestaurant)
  async handle(@Payload() req: RpcRequest<unknown>): Promise<RestaurantView> {
    return toRestaurantView(await findActingRestaurant(this.tx, requireActor(req), ANY_MEMBER));
  }
}
