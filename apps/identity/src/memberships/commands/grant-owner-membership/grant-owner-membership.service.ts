import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { RestaurantApproved } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';

/** An approved restaurant's owner becomes its 'owner' member (idempotent). */
@Injectable()
export class GrantOwnerMembershipService {
  constructor(private readonly tx: TransactionHost) {}

  async grant(restaurant: RestaurantApproved): Promise<void> {
    await this.tx.run((manager) =>
      manager.query(
        `INSERT INTO restaurant_memberships (id, user_id, restaurant_id, role) VALUES ($1, $2, $3, 'owner')
         ON CONFLICT (user_id, restaurant_id) DO UPDATE SET role = 'owner'`,
        [randomUUID(), restaurant.owner_id, restaurant.restaurant_id],
      ),
    );
  }
}
