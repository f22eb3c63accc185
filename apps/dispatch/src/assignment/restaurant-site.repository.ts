import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@platter/persistence';
import { RestaurantSite } from './restaurant-site.entity';

/** Dispatch's copy of the restaurants (their position, owner and preparation time): each call runs in the caller's transaction when there is one. */
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

  /**
   * Creates or updates the restaurant's copy: an owner or a name not given keeps the one known,
   * the position is replaced only when `hasPosition`. Raw: the builder's upsert sets a column to
   * the new value or leaves it, it cannot keep the old one when the new one is absent.
   */
  async upsert(restaurantId: string, site: { owner_id: string | null; name: string | null; lat: number | null; lng: number | null }, hasPosition: boolean): Promise<void> {
    await this.tx.manager.query(
      `INSERT INTO restaurant_sites (restaurant_id, owner_id, name, lat, lng, updated_at) VALUES ($1, $2, $3, $4, $5, now())
       ON CONFLICT (restaurant_id) DO UPDATE SET
         owner_id = COALESCE(EXCLUDED.owner_id, restaurant_sites.owner_id),
         name = COALESCE(EXCLUDED.name, restaurant_sites.name),
         lat = CASE WHEN $6 THEN EXCLUDED.lat ELSE restaurant_sites.lat END,
         lng = CASE WHEN $6 THEN EXCLUDED.lng ELSE restaurant_sites.lng END,
         updated_at = now()`,
      [restaurantId, site.owner_id, site.name, site.lat, site.lng, hasPosition],
    );
  }

  /** The restaurant's preparation time (null: not known), creating its copy if there is none yet. */
  async setPreparationMinutes(restaurantId: string, minutes: number | null): Promise<void> {
    await this.tx.manager
      .createQueryBuilder()
      .insert()
      .into(RestaurantSite)
      .values({ restaurant_id: restaurantId, preparation_minutes: minutes, updated_at: () => 'now()' })
      .orUpdate(['preparation_minutes', 'updated_at'], ['restaurant_id'])
      .updateEntity(false)
      .execute();
  }
}
