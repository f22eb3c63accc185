import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { RestaurantApproved } from '@platter/contracts';
import { GrantOwnerMembershipService } from './grant-owner-membership.service';

@Controller()
export class RestaurantApprovedConsumer {
  constructor(private readonly grantOwnerMembership: GrantOwnerMembershipService) {}

  @EventPattern('restaurant.approved')
  async handle(@Payload() restaurant: RestaurantApproved): Promise<void> {
    await this.grantOwnerMembership.grant(restaurant);
  }
}
