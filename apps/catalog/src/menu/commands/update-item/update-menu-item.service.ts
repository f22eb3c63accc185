import { Injectable } from '@nestjs/common';
import { Actor, MenuItemView, UpdateMenuItemRequest, ValidationFailedError } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { MANAGERS } from '@platter/service-kit';
import { ActingRestaurants } from '../../../restaurants/acting-restaurant';
import { itemDetailErrors } from '../../domain/menu-rules';
import { MenuItemWriter } from '../../menu-item-writer';
import { MenuItemRepository } from '../../menu-item.repository';

/** An owner or manager edits an item; ordering's copy follows through menu.item-changed. */
@Injectable()
export class UpdateMenuItemService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly actingRestaurants: ActingRestaurants,
    private readonly items: MenuItemRepository,
    private readonly writer: MenuItemWriter,
  ) {}

  async update(actor: Actor, data: UpdateMenuItemRequest): Promise<MenuItemView> {
    const errors = itemDetailErrors(data);
    if (errors.length) throw new ValidationFailedError(errors);
    return this.tx.run(async () => {
      const restaurant = await this.actingRestaurants.find(actor, MANAGERS);
      const item = await this.writer.requireItem(restaurant.id, data.id);
      if (data.category_id) await this.writer.requireOwnCategory(restaurant.id, data.category_id);
      if (data.category_id !== undefined) item.category_id = data.category_id ?? null;
      if (data.name !== undefined) item.name = data.name.trim();
      if (data.price !== undefined) item.price = data.price;
      this.writer.applyDetails(item, data);
      await this.items.save(item);
      await this.writer.replaceChildren(item.id, data);
      return this.writer.announce(item);
    });
  }
}
