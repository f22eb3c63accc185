import { Injectable } from '@nestjs/common';
import { Actor, KitchenItemView, NotFoundError } from '@platter/contracts';
import { EventPublisher } from '@platter/messaging';
import { TransactionHost } from '@platter/persistence';
import { ANY_MEMBER, requireRestaurantAccess } from '@platter/service-kit';
import { MenuItemCopyRepository } from '../../menu-item-copy.repository';

/**
 * The line 86es an item during service (or brings it back). Catalog owns the menu: the kitchen
 * asks it through `item.86ed`, and catalog's answer (menu.item-changed) updates every copy,
 * ordering's included, so the item stops being orderable within a moment.
 */
@Injectable()
export class SetItemAvailabilityService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly events: EventPublisher,
    private readonly items: MenuItemCopyRepository,
  ) {}

  async set(actor: Actor, itemId: string, available: boolean): Promise<KitchenItemView> {
    return this.tx.run(async () => {
      const item = await this.items.findLive(itemId);
      if (!item) throw new NotFoundError('Menu item');
      // The kitchen's copy has no owner: the team acts through the restaurant its token names.
      requireRestaurantAccess(actor, { id: item.restaurant_id, owner_id: '' }, ANY_MEMBER);
      await this.events.publish('item.86ed', { item_id: item.id, restaurant_id: item.restaurant_id, available, by: actor.user_id });
      return { id: item.id, name: item.name, is_available: item.is_available, requested_available: available };
    });
  }
}
