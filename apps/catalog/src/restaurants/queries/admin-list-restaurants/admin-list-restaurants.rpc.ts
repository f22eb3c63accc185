import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { AdminRestaurantsRequest, Page, RestaurantView, RPC, RpcRequest } from '@platter/contracts';
import { pageOf, requireActor, RpcEndpoint, validData } from '@platter/service-kit';
import { RestaurantRepository } from '../../restaurant.repository';
import { toRestaurantView } from '../../restaurant.view';

/** Admins review applications oldest first (the queue order), any status or one. */
@Controller()
export class AdminListRestaurantsRpc {
  constructor(private readonly restaurants: RestaurantRepository) {}

  @RpcEndpoint(RPC.catalog.adminListRestaurants)
  async handle(@Payload() req: RpcRequest<unknown>): Promise<Page<RestaurantView>> {
    requireActor(req, 'admin');
    const query = validData(AdminRestaurantsRequest, req.data);
    const [rows, total] = await this.restaurants.pageForReview(query.status, query.page, query.limit);
    return pageOf(rows.map(toRestaurantView), query, total);
  }
}
