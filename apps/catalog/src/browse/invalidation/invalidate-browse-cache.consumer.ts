import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { DeliveryZoneChanged, MenuCategoryChanged, MenuItemChanged, RestaurantStatusChanged, RestaurantUpdated } from '@platter/contracts';
import { BrowseCache } from '../cache/browse-cache';

/**
 * The catalog listens to its own events to drop a restaurant's cached details and menus: whatever
 * changed them (an edit, an 86'd item, a suspension), the next public read comes from PostgreSQL.
 */
@Controller()
export class InvalidateBrowseCacheConsumer {
  constructor(private readonly cache: BrowseCache) {}

  @EventPattern('menu.item-changed')
  async itemChanged(@Payload() event: MenuItemChanged): Promise<void> {
    await this.cache.invalidate(event.restaurant_id);
  }

  @EventPattern('menu.category-changed')
  async categoryChanged(@Payload() event: MenuCategoryChanged): Promise<void> {
    await this.cache.invalidate(event.restaurant_id);
  }

  @EventPattern('restaurant.status-changed')
  async statusChanged(@Payload() event: RestaurantStatusChanged): Promise<void> {
    await this.cache.invalidate(event.restaurant_id);
  }

  @EventPattern('restaurant.updated')
  async restaurantUpdated(@Payload() event: RestaurantUpdated): Promise<void> {
    await this.cache.invalidate(event.restaurant_id);
  }

  @EventPattern('delivery-zone.changed')
  async zoneChanged(@Payload() event: DeliveryZoneChanged): Promise<void> {
    await this.cache.invalidate(event.restaurant_id);
  }
}
