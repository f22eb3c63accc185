import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { RestaurantMembershipRepository } from './restaurant-membership.repository';
import { AddStaffMemberRpc } from './commands/add-staff-member/add-staff-member.rpc';
import { AddStaffMemberService } from './commands/add-staff-member/add-staff-member.service';
import { ChangeStaffRoleRpc } from './commands/change-staff-role/change-staff-role.rpc';
import { ChangeStaffRoleService } from './commands/change-staff-role/change-staff-role.service';
import { GrantOwnerMembershipService } from './commands/grant-owner-membership/grant-owner-membership.service';
import { RestaurantApprovedConsumer } from './commands/grant-owner-membership/restaurant-approved.consumer';
import { RemoveStaffMemberRpc } from './commands/remove-staff-member/remove-staff-member.rpc';
import { RemoveStaffMemberService } from './commands/remove-staff-member/remove-staff-member.service';
import { ListMyMembershipsRpc } from './queries/list-my-memberships/list-my-memberships.rpc';
import { ListStaffRpc } from './queries/list-staff/list-staff.rpc';
import { RestaurantTeam } from './restaurant-team';

@Module({
  imports: [AuditModule, AuthModule],
  controllers: [RestaurantApprovedConsumer, AddStaffMemberRpc, ChangeStaffRoleRpc, RemoveStaffMemberRpc, ListStaffRpc, ListMyMembershipsRpc],
  providers: [RestaurantMembershipRepository, GrantOwnerMembershipService, RestaurantTeam, AddStaffMemberService, ChangeStaffRoleService, RemoveStaffMemberService],
  exports: [RestaurantMembershipRepository],
})
export class MembershipsModule {}
