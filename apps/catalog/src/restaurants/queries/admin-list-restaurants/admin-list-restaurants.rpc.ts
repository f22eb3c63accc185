import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { AdminRestaurantsRequest, Page, RestaurantView, RPC, RpcRequest } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { pageOf, requireActor, RpcEndpoint, validData } from '@platter/service-kit';
import { Restaurant } from '../../restaurant.entity';
import { toRestaurantView } from '../../restaurant.view';

/** Admins review applications oldest first (the queue order), any status or one. */
@Controller()
export class AdminListRestaurantsRpc {
  constructor(private readonly tx: TransactionHost) {}

  @RpcEndpoint(RPC.catalog.adminListRestaurants)
  async handle(@Payload() req: RpcRequest<unknown>): Promise<Page<RestaurantView>> {
    requireActor(req, 'admin');
    const query = validData(AdminRestaurantsRequest, req.data);
    const [rows, total] = await this.tx.repository(Restaurant).findAndCount({
      where: query.status ? { status: query.status } : {},
      order: { created_at: 'ASC', id: 'ASC' },
      skip: (query.page - 1) * query.limit,
      take: query.limit,
    });
    return pageOf(rows.map(toRestaurantView), query, total);
  }
}
