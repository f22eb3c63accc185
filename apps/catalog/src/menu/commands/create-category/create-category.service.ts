import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Actor, CategoryView, CreateCategoryRequest, ValidationFailedError } from '@platter/contracts';
import { EventPublisher } from '@platter/messaging';
import { TransactionHost } from '@platter/persistence';
import { MANAGERS } from '@platter/service-kit';
import { ActingRestaurants } from '../../../restaurants/acting-restaurant';
import { scheduleErrors } from '../../domain/menu-rules';
import { MenuCategoryRepository } from '../../menu-category.repository';
import { cleanTranslations } from '../../menu-item-writer';
import { toCategoryView } from '../../menu.views';

/** An owner or manager adds a category to their menu; it goes after the existing ones. */
@Injectable()
export class CreateCategoryService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly actingRestaurants: ActingRestaurants,
    private readonly categories: MenuCategoryRepository,
    private readonly events: EventPublisher,
  ) {}

  async create(actor: Actor, data: CreateCategoryRequest): Promise<CategoryView> {
    const errors = scheduleErrors(data.availability_schedule ?? []);
    if (errors.length) throw new ValidationFailedError(errors);
    return this.tx.run(async () => {
      const restaurant = await this.actingRestaurants.find(actor, MANAGERS);
      return this.insert(restaurant.id, data);
    });
  }

  /** Adds the category at the end of the restaurant's menu and announces it (inside the caller's transaction). */
  async insert(restaurantId: string, data: CreateCategoryRequest): Promise<CategoryView> {
    const last = await this.categories.last(restaurantId);
    const category = this.categories.create({
      id: randomUUID(),
      restaurant_id: restaurantId,
      name: data.name.trim(),
      position: last ? last.position + 1 : 0,
      translations: cleanTranslations(data.translations),
      availability_schedule: data.availability_schedule?.length ? data.availability_schedule : null,
    });
    await this.categories.insert(category);
    await this.events.publish('menu.category-changed', {
      category_id: category.id, restaurant_id: restaurantId, name: category.name, position: category.position, deleted: false,
    });
    return toCategoryView(category);
  }
}
