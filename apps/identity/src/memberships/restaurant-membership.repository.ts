import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { TransactionHost } from '@platter/persistence';
import { MembershipRole, RestaurantMembership } from './restaurant-membership.entity';

/** The restaurant_memberships table: who may act for which restaurant, and as what. */
@Injectable()
export class RestaurantMembershipRepository {
  constructor(private readonly tx: TransactionHost) {}

  /** A user's memberships, oldest first. */
  ofUser(userId: string): Promise<RestaurantMembership[]> {
    return this.tx.repository(RestaurantMembership).find({ where: { user_id: userId }, order: { created_at: 'ASC', id: 'ASC' } });
  }

  /** The user's membership in this restaurant, if any. */
  findOne(userId: string, restaurantId: string): Promise<RestaurantMembership | null> {
    return this.tx.repository(RestaurantMembership).findOneBy({ user_id: userId, restaurant_id: restaurantId });
  }

  exists(userId: string, restaurantId: string): Promise<boolean> {
    return this.tx.repository(RestaurantMembership).existsBy({ user_id: userId, restaurant_id: restaurantId });
  }

  /** One membership of this restaurant (none for another restaurant's id), locked for a change. */
  findInRestaurantForUpdate(restaurantId: string, membershipId: string): Promise<RestaurantMembership | null> {
    return this.tx.repository(RestaurantMembership).findOne({ where: { id: membershipId, restaurant_id: restaurantId }, lock: { mode: 'pessimistic_write' } });
  }

  /** The restaurant's memberships (or only `membershipId`, when given), in no particular order. */
  ofRestaurant(restaurantId: string, membershipId?: string): Promise<RestaurantMembership[]> {
    return this.tx.repository(RestaurantMembership).findBy({ restaurant_id: restaurantId, ...(membershipId ? { id: membershipId } : {}) });
  }

  async insert(membership: RestaurantMembership): Promise<void> {
    await this.tx.repository(RestaurantMembership).insert(membership);
  }

  /** Makes the user the restaurant's owner member, whether or not they were a member already. */
  async grantOwner(userId: string, restaurantId: string): Promise<void> {
    await this.tx
      .repository(RestaurantMembership)
      .createQueryBuilder()
      .insert()
      .values({ id: randomUUID(), user_id: userId, restaurant_id: restaurantId, role: 'owner' })
      .orUpdate(['role'], ['user_id', 'restaurant_id'])
      .execute();
  }

  async setRole(id: string, role: MembershipRole): Promise<void> {
    await this.tx.repository(RestaurantMembership).update(id, { role });
  }

  async delete(id: string): Promise<void> {
    await this.tx.repository(RestaurantMembership).delete(id);
  }

  async deleteAllOf(userId: string): Promise<void> {
    await this.tx.repository(RestaurantMembership).delete({ user_id: userId });
  }
}
