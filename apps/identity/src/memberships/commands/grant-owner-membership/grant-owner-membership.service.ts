import { Injectable } from '@nestjs/common';
import { RestaurantApproved } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { RestaurantMembershipRepository } from '../../restaurant-membership.repository';

/** An approved restaurant's owner becomes its 'owner' member (idempotent). */
@Injectable()
export class GrantOwnerMembershipService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly memberships: RestaurantMembershipRepository,
  ) {}

  async grant(restaurant: RestaurantApproved): Promise<void> {
    await this.tx.run(() => this.memberships.grantOwner(restaurant.owner_id, restaurant.restaurant_id));
  }
}
