import { Module } from '@nestjs/common';
import { GrantOwnerMembershipService } from './commands/grant-owner-membership/grant-owner-membership.service';
import { RestaurantApprovedHandler } from './commands/grant-owner-membership/restaurant-approved.handler';

@Module({
  controllers: [RestaurantApprovedHandler],
  providers: [GrantOwnerMembershipService],
})
export class MembershipsModule {}
