import { Injectable } from '@nestjs/common';
import { Actor, RestaurantView, UpdateRestaurantProfileRequest, ValidationFailedError } from '@platter/contracts';
import { EventPublisher } from '@platter/messaging';
import { TransactionHost } from '@platter/persistence';
import { MANAGERS } from '@platter/service-kit';
import { CatalogException } from '../../../catalog.exception';
import { ActingRestaurants } from '../../acting-restaurant';
import { DeliveryZoneRepository } from '../../../zones/delivery-zone.repository';
import { toZoneChanged } from '../../../zones/zone.views';
import { Restaurant } from '../../restaurant.entity';
import { MenuItemRepository } from '../../../menu/menu-item.repository';
import { RestaurantRepository } from '../../restaurant.repository';
import { hoursProblems, normalizeCuisineTags, timezoneOrFail, translationProblems } from '../../domain/restaurant-profile';
import { toRestaurantUpdated, toRestaurantView } from '../../restaurant.view';
import { assertSlugFree, isSlugClash, slugTaken } from '../../slug-claim';

/**
 * The owner or a manager edits the profile. The slug changes only when asked: renaming keeps the
 * old links working. Replicas learn the change from `restaurant.updated`.
 */
@Injectable()
export class UpdateProfileService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly restaurants: RestaurantRepository,
    private readonly menuItems: MenuItemRepository,
    private readonly actingRestaurants: ActingRestaurants,
    private readonly zones: DeliveryZoneRepository,
    private readonly events: EventPublisher,
  ) {}

  async update(actor: Actor, data: UpdateRestaurantProfileRequest): Promise<RestaurantView> {
    const problems = [...hoursProblems(data.opening_hours, data.hours_exceptions), ...translationProblems(data.translations)];
    if (problems.length) throw new ValidationFailedError(problems);
    try {
      return await this.tx.run(async () => {
        const restaurant = await this.actingRestaurants.find(actor, MANAGERS);
        if (data.slug !== undefined && data.slug !== restaurant.slug) await assertSlugFree(this.restaurants, data.slug, restaurant.id);
        if (data.currency !== undefined && data.currency !== restaurant.currency) await this.assertCurrencyFree(restaurant);
        const changes: Partial<Restaurant> = {
          ...(data.name !== undefined && { name: data.name.trim() }),
          ...(data.slug !== undefined && { slug: data.slug }),
          ...(data.description !== undefined && { description: data.description }),
          ...(data.address !== undefined && { address: data.address.trim() }),
          ...(data.latitude !== undefined && { latitude: data.latitude }),
          ...(data.longitude !== undefined && { longitude: data.longitude }),
          // validData(UpdateRestaurantProfileRequest) normalised it to E.164; null clears it.
          ...(data.phone !== undefined && { phone: data.phone }),
          ...(data.email !== undefined && { email: data.email === null ? null : data.email.trim().toLowerCase() }),
          ...(data.cuisine_tags !== undefined && { cuisine_tags: normalizeCuisineTags(data.cuisine_tags) }),
          ...(data.timezone !== undefined && { timezone: timezoneOrFail(data.timezone) }),
          ...(data.opening_hours !== undefined && { opening_hours: data.opening_hours }),
          ...(data.hours_exceptions !== undefined && { hours_exceptions: data.hours_exceptions }),
          ...(data.currency !== undefined && { currency: data.currency }),
          ...(data.translations !== undefined && { translations: data.translations }),
        };
        if (Object.keys(changes).length) await this.restaurants.update(restaurant.id, changes);
        const updated = await this.restaurants.get(restaurant.id);
        await this.events.publish('restaurant.updated', toRestaurantUpdated(updated));
        if (updated.latitude !== restaurant.latitude || updated.longitude !== restaurant.longitude) await this.recentreRadiusZones(updated);
        return toRestaurantView(updated);
      });
    } catch (err) {
      if (isSlugClash(err)) throw slugTaken(data.slug ?? '');
      throw err;
    }
  }

  /**
   * Prices are in the restaurant's currency, and ordering refuses an item whose currency is not
   * the restaurant's: once approved, or once anything is priced, the currency stays.
   */
  private async assertCurrencyFree(restaurant: Restaurant): Promise<void> {
    if (restaurant.status !== 'pending' || (await this.menuItems.hasMenuItems(restaurant.id))) {
      throw new CatalogException('CURRENCY_LOCKED', 'The currency cannot change once the restaurant is approved or has priced items');
    }
  }

  /**
   * A radius zone is a distance from the restaurant: when the restaurant moves, its radius zones
   * move with it (and are announced, so ordering's copies follow). Polygons stay where they are drawn.
   */
  private async recentreRadiusZones(restaurant: Restaurant): Promise<void> {
    if (restaurant.latitude === null || restaurant.longitude === null) return;
    const radiusZones = await this.zones.lockRadiusZonesOf(restaurant.id);
    for (const zone of radiusZones) {
      zone.center_lat = restaurant.latitude;
      zone.center_lng = restaurant.longitude;
      await this.zones.save(zone);
      await this.events.publish('delivery-zone.changed', toZoneChanged(zone));
    }
  }
}
