import { Injectable } from '@nestjs/common';
import { Actor } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { MANAGERS } from '@platter/service-kit';
import { ActingRestaurants } from '../../../restaurants/acting-restaurant';
import { MenuItemWriter } from '../../menu-item-writer';
import { MenuItemRepository } from '../../menu-item.repository';

/**
 * An owner or manager removes an item. Soft delete: past orders and the sales count keep pointing
 * at it; menu.item-changed (deleted) makes ordering refuse it at once.
 */
@Injectable()
export class DeleteMenuItemService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly actingRestaurants: ActingRestaurants,
    private readonly items: MenuItemRepository,
    private readonly writer: MenuItemWriter,
  ) {}

  async delete(actor: Actor, itemId: string): Promise<void> {
    await this.tx.run(async () => {
      const restaurant = await this.actingRestaurants.find(actor, MANAGERS);
      await this.remove(restaurant.id, itemId);
    });
  }

  /** Inside the caller's transaction, for /products as well. */
  async remove(restaurantId: string, itemId: string): Promise<void> {
    const item = await this.writer.requireItem(restaurantId, itemId);
    item.deleted_at = new Date();
    item.is_available = false;
    await this.items.save(item);
    await this.writer.announce(item);
  }
}
