import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Actor, CreateMenuItemRequest, MenuItemView, ValidationFailedError } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { MANAGERS } from '@platter/service-kit';
import { ActingRestaurants } from '../../../restaurants/acting-restaurant';
import { Restaurant } from '../../../restaurants/restaurant.entity';
import { itemDetailErrors } from '../../domain/menu-rules';
import { MenuItemWriter } from '../../menu-item-writer';
import { MenuItemRepository } from '../../menu-item.repository';

/** An owner or manager adds an item to their menu, priced in the restaurant's currency. */
@Injectable()
export class CreateMenuItemService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly actingRestaurants: ActingRestaurants,
    private readonly items: MenuItemRepository,
    private readonly writer: MenuItemWriter,
  ) {}

  async create(actor: Actor, data: CreateMenuItemRequest): Promise<MenuItemView> {
    const errors = itemDetailErrors(data);
    if (errors.length) throw new ValidationFailedError(errors);
    return this.tx.run(async () => {
      const restaurant = await this.actingRestaurants.find(actor, MANAGERS);
      return this.insert(restaurant, data);
    });
  }

  /** Inserts a checked item with its variants and modifiers and announces it (inside the caller's transaction). */
  async insert(restaurant: Restaurant, data: CreateMenuItemRequest, categoryField = 'category_id'): Promise<MenuItemView> {
    if (data.category_id) await this.writer.requireOwnCategory(restaurant.id, data.category_id, categoryField);
    const item = this.items.create({
      id: randomUUID(),
      restaurant_id: restaurant.id,
      category_id: data.category_id ?? null,
      name: data.name.trim(),
      description: null,
      price: data.price,
      currency: restaurant.currency,
      is_available: true,
      order_count: 0,
      images: [],
      allergens: [],
      dietary_tags: [],
      prep_time_minutes: null,
      translations: {},
      stock_quantity: null,
      availability_schedule: null,
      deleted_at: null,
    });
    this.writer.applyDetails(item, data);
    await this.items.insert(item);
    await this.writer.replaceChildren(item.id, data);
    return this.writer.announce(item);
  }
}
