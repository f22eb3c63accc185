import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@platter/persistence';
import { RestaurantSite } from './restaurant-site.entity';

/** Reads of dispatch's copy of the restaurants (their position and preparation time). */
@Injectable()
export class RestaurantSiteRepository {
  constructor(private readonly tx: TransactionHost) {}

  /** The restaurant an owner changed last (an owner whose token names none yet). */
  latestOwnedBy(ownerId: string): Promise<RestaurantSite | null> {
    return this.tx.repository(RestaurantSite).findOne({ where: { owner_id: ownerId }, order: { updated_at: 'DESC' } });
  }

  of(restaurantId: string): Promise<RestaurantSite | null> {
    return this.tx.repository(RestaurantSite).findOneBy({ restaurant_id: restaurantId });
  }
}
