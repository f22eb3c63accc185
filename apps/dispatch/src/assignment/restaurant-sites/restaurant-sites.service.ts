import { Injectable } from '@nestjs/common';
import { RestaurantApproved, RestaurantConfigChanged, RestaurantUpdated } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';

/** Positions come as numbers; anything else (absent, null, NaN) means "not known here". */
const coordinate = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/**
 * Dispatch's copy of the restaurants: where drivers pick up (catalog's restaurant.approved and
 * restaurant.updated), who owns them, and how long they cook (kitchen's preparation_minutes).
 * Open deliveries that lacked the pickup position get it when it arrives.
 */
@Injectable()
export class RestaurantSitesService {
  constructor(private readonly tx: TransactionHost) {}

  async approved(e: RestaurantApproved): Promise<void> {
    await this.upsert(e.restaurant_id, { owner_id: e.owner_id, name: e.name, lat: coordinate(e.latitude), lng: coordinate(e.longitude) });
  }

  async updated(e: RestaurantUpdated): Promise<void> {
    await this.upsert(e.restaurant_id, { owner_id: null, name: e.name, lat: coordinate(e.latitude), lng: coordinate(e.longitude) });
  }

  async configChanged(e: RestaurantConfigChanged): Promise<void> {
    if (e.key !== 'preparation_minutes') return;
    const minutes = e.value === null || e.value === undefined ? null : Number.parseInt(e.value, 10);
    await this.tx.run(async (manager) => {
      await manager.query(
        `INSERT INTO restaurant_sites (restaurant_id, preparation_minutes, updated_at) VALUES ($1, $2, now())
         ON CONFLICT (restaurant_id) DO UPDATE SET preparation_minutes = EXCLUDED.preparation_minutes, updated_at = now()`,
        [e.restaurant_id, minutes !== null && Number.isFinite(minutes) && minutes > 0 ? minutes : null],
      );
    });
  }

  /** The restaurant's owner as order.created names it (for manual assignment before catalog's events arrive). */
  async ownerSeen(restaurantId: string, ownerId: string): Promise<void> {
    await this.upsert(restaurantId, { owner_id: ownerId, name: null, lat: null, lng: null });
  }

  private async upsert(restaurantId: string, site: { owner_id: string | null; name: string | null; lat: number | null; lng: number | null }): Promise<void> {
    const hasPosition = site.lat !== null && site.lng !== null;
    await this.tx.run(async (manager) => {
      await manager.query(
        `INSERT INTO restaurant_sites (restaurant_id, owner_id, name, lat, lng, updated_at) VALUES ($1, $2, $3, $4, $5, now())
         ON CONFLICT (restaurant_id) DO UPDATE SET
           owner_id = COALESCE(EXCLUDED.owner_id, restaurant_sites.owner_id),
           name = COALESCE(EXCLUDED.name, restaurant_sites.name),
           lat = CASE WHEN $6 THEN EXCLUDED.lat ELSE restaurant_sites.lat END,
           lng = CASE WHEN $6 THEN EXCLUDED.lng ELSE restaurant_sites.lng END,
           updated_at = now()`,
        [restaurantId, site.owner_id, site.name, site.lat, site.lng, hasPosition],
      );
      if (hasPosition) {
        // Deliveries not yet picked up go to where the restaurant now is.
        await manager.query(
          `UPDATE deliveries SET pickup_lat = $2, pickup_lng = $3
           WHERE restaurant_id = $1 AND status IN ('awaiting_pickup_ready', 'available', 'assigned')`,
          [restaurantId, site.lat, site.lng],
        );
      }
      if (site.owner_id) {
        await manager.query(`UPDATE deliveries SET restaurant_owner_id = $2 WHERE restaurant_id = $1 AND restaurant_owner_id IS NULL`, [restaurantId, site.owner_id]);
      }
    });
  }
}
