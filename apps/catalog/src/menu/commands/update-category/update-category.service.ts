import { Injectable } from '@nestjs/common';
import { Actor, CategoryView, UpdateCategoryRequest, ValidationFailedError } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { MANAGERS } from '@platter/service-kit';
import { ActingRestaurants } from '../../../restaurants/acting-restaurant';
import { CategoryAnnouncer } from '../../category-announcer';
import { scheduleErrors } from '../../domain/menu-rules';
import { MenuCategoryRepository } from '../../menu-category.repository';
import { cleanTranslations } from '../../menu-item-writer';
import { toCategoryView } from '../../menu.views';

/** An owner or manager renames a category, translates it or gives it a schedule (a breakfast menu). */
@Injectable()
export class UpdateCategoryService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly actingRestaurants: ActingRestaurants,
    private readonly announcer: CategoryAnnouncer,
    private readonly categories: MenuCategoryRepository,
  ) {}

  async update(actor: Actor, data: UpdateCategoryRequest): Promise<CategoryView> {
    const errors = scheduleErrors(data.availability_schedule ?? []);
    if (errors.length) throw new ValidationFailedError(errors);
    return this.tx.run(async () => {
      const restaurant = await this.actingRestaurants.find(actor, MANAGERS);
      const category = await this.announcer.requireCategory(restaurant.id, data.id);
      if (data.name !== undefined) category.name = data.name.trim();
      if (data.translations !== undefined) category.translations = cleanTranslations(data.translations);
      const scheduleChanged = data.availability_schedule !== undefined;
      if (scheduleChanged) category.availability_schedule = data.availability_schedule?.length ? data.availability_schedule : null;
      await this.categories.save(category);
      await this.announcer.announce(category);
      // Ordering's item copies carry the effective schedule: they must learn the category's new one.
      if (scheduleChanged) await this.announcer.announceItemsOf(category.id);
      return toCategoryView(category);
    });
  }
}
