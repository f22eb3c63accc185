import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { RestaurantMembershipChanged, UserDeleted, UserStatusChanged } from '@platter/contracts';
import { AccountSockets } from './account-sockets';
import { OrderRooms } from './order-rooms';

/**
 * Account events from this instance's exclusive queue: a suspended, banned or erased account's
 * sockets end at once; someone taken off a restaurant's team leaves its room, and the rooms of the
 * orders they joined for it, at once.
 */
@Controller()
export class AccountEventsRelay {
  constructor(
    private readonly sockets: AccountSockets,
    private readonly orderRooms: OrderRooms,
  ) {}

  @EventPattern('user.status-changed')
  statusChanged(@Payload() event: UserStatusChanged): void {
    if (event.status !== 'active') this.sockets.endConnectionsOf(event.user_id, event.status);
  }

  @EventPattern('user.deleted')
  deleted(@Payload() event: UserDeleted): void {
    this.sockets.endConnectionsOf(event.user_id, 'deleted');
  }

  @EventPattern('restaurant.membership-changed')
  membershipChanged(@Payload() event: RestaurantMembershipChanged): void {
    if (event.membership_role === null || event.membership_role === undefined) {
      this.sockets.leaveRestaurant(event.user_id, event.restaurant_id);
      this.orderRooms.leftRestaurant(event.user_id, event.restaurant_id);
    }
  }
}
