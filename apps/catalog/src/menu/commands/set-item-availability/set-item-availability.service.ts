import { Injectable } from '@nestjs/common';
import { Actor, Item86ed, MenuItemView, SetItemAvailabilityRequest } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { ANY_MEMBER } from '@platter/service-kit';
import { ActingRestaurants } from '../../../restaurants/acting-restaurant';
import { MenuItemWriter } from '../../menu-item-writer';
import { MenuItemRepository } from '../../menu-item.repository';

/**
 * Any member of the restaurant's team, staff included, 86es an item (or brings it back): the
 * kitchen runs out during service, when no manager may be around.
 */
@Injectable()
export class SetItemAvailabilityService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly actingRestaurants: ActingRestaurants,
    private readonly items: MenuItemRepository,
    private readonly writer: MenuItemWriter,
  ) {}

  async set(actor: Actor, data: SetItemAvailabilityRequest): Promise<MenuItemView> {
    return this.tx.run(async () => {
      const restaurant = await this.actingRestaurants.find(actor, ANY_MEMBER);
      const item = await this.writer.requireItem(restaurant.id, data.id);
      item.is_available = data.is_available;
      item.availability_changed_at = new Date();
      await this.items.save(item);
      return this.writer.announce(item);
    });
  }

  /**
   * From the kitchen's `item.86ed`, whose sender the kitchen already checked, made at `changedAt`
   * (its envelope's occurred_at). An item that is gone (deleted meanwhile) or not this restaurant's
   * is ignored: retrying would not make it exist. A decision older than the item's last one moves
   * nothing; a newer one is recorded even when the item already is so, or an older opposite 86
   * arriving after it would still apply. Announced only when it changed.
   */
  async applyFromKitchen(event: Item86ed, changedAt: Date): Promise<boolean> {
    return this.tx.run(async () => {
      const item = await this.items.lockLive(event.restaurant_id, event.item_id);
      if (!item) return false;
      const recorded = await this.items.setAvailabilityIfNewer(item.id, event.available, changedAt);
      if (!recorded || item.is_available === event.available) return false;
      item.is_available = event.available;
      await this.writer.announce(item);
      return true;
    });
  }
}
