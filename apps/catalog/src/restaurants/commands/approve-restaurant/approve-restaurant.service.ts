import { Injectable } from '@nestjs/common';
import { NotFoundError, RestaurantView } from '@platter/contracts';
import { EventPublisher } from '@platter/messaging';
import { TransactionHost } from '@platter/persistence';
import { MenuItem } from '../../../menu/menu-item.entity';
import { toMenuItemChanged } from '../../../menu/menu.views';
import { Restaurant } from '../../restaurant.entity';
import { assertRestaurantTransition } from '../../restaurant-status';
import { toRestaurantView } from '../../restaurant.view';

/** An admin approves a pending restaurant: it goes public and other services learn about it. */
@Injectable()
export class ApproveRestaurantService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly events: EventPublisher,
  ) {}

  async approve(id: string): Promise<RestaurantView> {
    return this.tx.run(async () => {
      const repo = this.tx.repository(Restaurant);
      const restaurant = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!restaurant) throw new NotFoundError('Restaurant');
      assertRestaurantTransition(restaurant.status, 'approved');
      await repo.update({ id }, { status: 'approved' });
      await this.events.publish('restaurant.approved', {
        restaurant_id: restaurant.id,
        owner_id: restaurant.owner_id,
        name: restaurant.name,
        currency: restaurant.currency,
      });
      // The menu was built while pending; publish it again so consumers that missed it catch up.
      const items = await this.tx.repository(MenuItem).find({ where: { restaurant_id: id }, order: { created_at: 'ASC' } });
      for (const item of items) await this.events.publish('menu.item-changed', toMenuItemChanged(item));
      return toRestaurantView(await repo.findOneByOrFail({ id }));
    });
  }
}
