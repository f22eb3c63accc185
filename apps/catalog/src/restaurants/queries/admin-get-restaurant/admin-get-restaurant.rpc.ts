import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { AdminRestaurantDetail, NotFoundError, RPC, RpcRequest } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { IdRequest, requireActor, RpcEndpoint, validData } from '@platter/service-kit';
import { RestaurantDocument } from '../../documents/restaurant-document.entity';
import { toDocumentView } from '../../documents/restaurant-document.view';
import { Restaurant } from '../../restaurant.entity';
import { toRestaurantView } from '../../restaurant.view';

/** One restaurant, whatever its status, with the documents it uploaded for review. */
@Controller()
export class AdminGetRestaurantRpc {
  constructor(private readonly tx: TransactionHost) {}

  @RpcEndpoint(RPC.catalog.adminGetRestaurant)
  async handle(@Payload() req: RpcRequest<unknown>): Promise<AdminRestaurantDetail> {
    requireActor(req, 'admin');
    const { id } = validData(IdRequest, req.data);
    const restaurant = await this.tx.repository(Restaurant).findOneBy({ id });
    if (!restaurant) throw new NotFoundError('Restaurant');
    const documents = await this.tx.repository(RestaurantDocument).find({ where: { restaurant_id: id }, order: { created_at: 'ASC', id: 'ASC' } });
    return { restaurant: toRestaurantView(restaurant), documents: documents.map(toDocumentView) };
  }
}
