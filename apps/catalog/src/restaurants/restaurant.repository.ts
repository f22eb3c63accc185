import { Injectable } from '@nestjs/common';
import { DeepPartial, Like, Not } from 'typeorm';
import { TransactionHost } from '@platter/persistence';
import { RestaurantStatus } from './domain/restaurant-status';
import { Restaurant } from './restaurant.entity';

/**
 * The restaurants table, in the caller's transaction (TransactionHost). Locks are FOR UPDATE, so
 * moves of one restaurant (review, plan) are applied one after the other.
 */
@Injectable()
export class RestaurantRepository {
  constructor(private readonly tx: TransactionHost) {}

  /** A new restaurant entity (column defaults applied by TypeORM), not yet inserted. */
  create(fields: DeepPartial<Restaurant>): Restaurant {
    return this.tx.repository(Restaurant).create(fields);
  }

  async insert(restaurant: Restaurant): Promise<void> {
    await this.tx.repository(Restaurant).insert(restaurant);
  }

  async update(id: string, changes: Partial<Restaurant>): Promise<void> {
    await this.tx.repository(Restaurant).update({ id }, changes);
  }

  find(id: string): Promise<Restaurant | null> {
    return this.tx.repository(Restaurant).findOneBy({ id });
  }

  get(id: string): Promise<Restaurant> {
    return this.tx.repository(Restaurant).findOneByOrFail({ id });
  }

  /** The restaurant, locked for the rest of the transaction; null when there is none. */
  lock(id: string): Promise<Restaurant | null> {
    return this.tx.repository(Restaurant).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** The restaurant with this id if it is approved; null otherwise. */
  findApproved(id: string): Promise<Restaurant | null> {
    return this.tx.repository(Restaurant).findOneBy({ id, status: 'approved' });
  }

  /** The restaurant the user owns (an owner has at most one); null when none. */
  findOwnedBy(ownerId: string): Promise<Restaurant | null> {
    return this.tx.repository(Restaurant).findOneBy({ owner_id: ownerId });
  }

  ownerHasOne(ownerId: string): Promise<boolean> {
    return this.tx.repository(Restaurant).existsBy({ owner_id: ownerId });
  }

  /** The slugs taken among `base` and `base-<anything>` (a slug holds no LIKE wildcard). */
  async slugsLike(base: string): Promise<string[]> {
    const rows = await this.tx.repository(Restaurant).find({ select: { slug: true }, where: [{ slug: base }, { slug: Like(`${base}-%`) }] });
    return rows.map((r) => r.slug);
  }

  /** Whether a restaurant other than `restaurantId` has `slug`. */
  slugTakenByAnother(slug: string, restaurantId: string): Promise<boolean> {
    return this.tx.repository(Restaurant).existsBy({ slug, id: Not(restaurantId) });
  }

  /** A page of restaurants, of one status or any, oldest first (the review queue's order), with how many there are. */
  pageForReview(status: RestaurantStatus | undefined, page: number, limit: number): Promise<[Restaurant[], number]> {
    return this.tx.repository(Restaurant).findAndCount({
      where: status ? { status } : {},
      order: { created_at: 'ASC', id: 'ASC' },
      skip: (page - 1) * limit,
      take: limit,
    });
  }
}
