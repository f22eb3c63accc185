import { Injectable } from '@nestjs/common';
import { RestaurantApproved, RestaurantConfigChanged, RestaurantUpdated } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { DeliveryRepository } from '../../deliveries/delivery.repository';
import { RestaurantSiteRepository } from '../restaurant-site.repository';

/** Positions come as numbers; anything else (absent, null, NaN) means "not known here". */
const coordinate = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/**
 * Dispatch's copy of the restaurants: where drivers pick up (catalog's restaurant.approved and
 * restaurant.updated), who owns them, and how long they cook (kitchen's preparation_minutes).
 * Open deliveries that lacked the pickup position get it when it arrives.
 */
@Injectable()
export class RestaurantSitesService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly sites: RestaurantSiteRepository,
    private readonly deliveries: DeliveryRepository,
  ) {}

  async approved(e: RestaurantApproved): Promise<void> {
    await this.upsert(e.restaurant_id, { owner_id: e.owner_id, name: e.name, lat: coordinate(e.latitude), lng: coordinate(e.longitude) });
  }

  async updated(e: RestaurantUpdated): Promise<void> {
    await this.upsert(e.restaurant_id, { owner_id: null, name: e.name, lat: coordinate(e.latitude), lng: coordinate(e.longitude) });
  }

  async configChanged(e: RestaurantConfigChanged): Promise<void> {
    if (e.key !== 'preparation_minutes') return;
    const minutes = e.value === null || e.value === undefined ? null : Number.parseInt(e.value, 10);
    await this.tx.run(() => this.sites.setPreparationMinutes(e.restaurant_id, minutes !== null && Number.isFinite(minutes) && minutes > 0 ? minutes : null));
  }

  /** The restaurant's owner as order.created names it (for manual assignment before catalog's events arrive). */
  async ownerSeen(restaurantId: string, ownerId: string): Promise<void> {
    await this.upsert(restaurantId, { owner_id: ownerId, name: null, lat: null, lng: null });
  }

  private async upsert(restaurantId: string, site: { owner_id: string | null; name: string | null; lat: number | null; lng: number | null }): Promise<void> {
    const hasPosition = site.lat !== null && site.lng !== null;
    await this.tx.run(async () => {
      await this.sites.upsert(restaurantId, site, hasPosition);
      // Deliveries not yet picked up go to where the restaurant now is.
      if (hasPosition) await this.deliveries.movePickupOfRestaurant(restaurantId, { lat: site.lat!, lng: site.lng! });
      if (site.owner_id) await this.deliveries.fillRestaurantOwner(restaurantId, site.owner_id);
    });
  }
}
