import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Actor, CategoryView } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { MANAGERS } from '@platter/service-kit';
import { findActingRestaurant } from '../../../restaurants/acting-restaurant';
import { MenuCategory } from '../../menu-category.entity';
import { toCategoryView } from '../../menu.views';
import { CreateCategoryRequest } from './create-category.request';

/** An owner adds a category to their menu; it goes after the existing ones. */
@Injectable()
export class CreateCategoryService {
  constructor(private readonly tx: TransactionHost) {}

  async create(owner: Actor, data: CreateCategoryRequest): Promise<CategoryView> {
    return this.tx.run(async () => {
      const restaurant = await findActingRestaurant(this.tx, owner, MANAGERS);
      const repo = this.tx.repository(MenuCategory);
      const last = await repo.findOne({ where: { restaurant_id: restaurant.id }, order: { position: 'DESC' } });
      const category = repo.create({
        id: randomUUID(),
        restaurant_id: restaurant.id,
        name: data.name.trim(),
        position: last ? last.position + 1 : 0,
      });
      await repo.insert(category);
      return toCategoryView(category);
    });
  }
}
