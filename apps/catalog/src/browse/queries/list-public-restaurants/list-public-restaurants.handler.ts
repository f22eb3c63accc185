import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { Page, PageQuery, RPC, RestaurantView, RpcRequest } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { PageRequest, pageOf } from '@platter/service-kit';
import { validData } from '@platter/service-kit';
import { Restaurant } from '../../restaurant.entity';
import { toRestaurantView } from '../../restaurant.view';

/** Anyone, signed in or not, browses the approved restaurants. */
@Controller()
export class ListPublicRestaurantsHandler {
  constructor(private readonly tx: TransactionHost) {}

  @MessagePattern(RPC.catalog.listPublic)
  async handle(@Payload() req: RpcRequest<Partial<PageQuery>>): Promise<Page<RestaurantView>> {
    const query = validData(PageRequest, req?.data);
    const [rows, total] = await this.tx.repository(Restaurant).findAndCount({
      where: { status: 'approved' },
      order: { name: 'ASC', id: 'ASC' },
      skip: (query.page - 1) * query.limit,
      take: query.limit,
    });
    return pageOf(rows.map(toRestaurantView), query, total);
  }
}
