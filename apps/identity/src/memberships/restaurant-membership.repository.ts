import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@platter/persistence';
import { RestaurantMembership } from './restaurant-membership.entity';

/** The restaurant_memberships table: who may act for which restaurant, and as what. */
@Injectable()
export class RestaurantMembershipRepository {
  constructor(private readonly tx: TransactionHost) {}

  /** A user's memberships, oldest first. */
  ofUser(userId: string): Promise<RestaurantMembership[]> {
    return this.tx.repository(RestaurantMembership).find({ where: { user_id: userId }, order: { created_at: 'ASC', id: 'ASC' } });
  }
}
