import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { IsNull } from 'typeorm';
import { IdData, PublicMenu, RPC, RpcRequest } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { findApprovedRestaurant } from '../../../restaurants/approved-restaurant';
import { toRestaurantView } from '../../../restaurants/restaurant.view';
import { IdRequest } from '@platter/service-kit';
import { validData } from '@platter/service-kit';
import { MenuCategory } from '../../menu-category.entity';
import { MenuItem } from '../../menu-item.entity';
import { toCategoryView, toMenuItemView } from '../../menu.views';

/** What a customer can order from an approved restaurant, category by category. */
@Controller()
export class GetPublicMenuHandler {
  constructor(private readonly tx: TransactionHost) {}

  @MessagePattern(RPC.catalog.publicMenu)
  async handle(@Payload() req: RpcRequest<IdData>): Promise<PublicMenu> {
    const restaurant = await findApprovedRestaurant(this.tx, validData(IdRequest, req?.data).id);
    const [categories, items] = await Promise.all([
      this.tx.repository(MenuCategory).find({ where: { restaurant_id: restaurant.id }, order: { position: 'ASC', created_at: 'ASC' } }),
      this.tx.repository(MenuItem).find({
        where: { restaurant_id: restaurant.id, is_available: true, deleted_at: IsNull() },
        order: { name: 'ASC', id: 'ASC' },
      }),
    ]);
    return {
      restaurant: toRestaurantView(restaurant),
      categories: categories.map((c) => ({
        ...toCategoryView(c),
        items: items.filter((i) => i.category_id === c.id).map(toMenuItemView),
      })),
      uncategorized: items.filter((i) => i.category_id === null).map(toMenuItemView),
    };
  }
}
