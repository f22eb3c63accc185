import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { IdData, RPC, RestaurantView, RpcRequest } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { IdRequest } from '@platter/service-kit';
import { validData } from '@platter/service-kit';
import { findApprovedRestaurant } from '../../approved-restaurant';
import { toRestaurantView } from '../../restaurant.view';

@Controller()
export class GetPublicRestaurantHandler {
  constructor(private readonly tx: TransactionHost) {}

  @MessagePattern(RPC.catalog.getPublic)
  async handle(@Payload() req: RpcRequest<IdData>): Promise<RestaurantView> {
    return toRestaurantView(await findApprovedRestaurant(this.tx, validData(IdRequest, req?.data).id));
  }
}
