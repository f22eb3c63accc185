import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { AddStaffMemberHandler } from './commands/add-staff-member/add-staff-member.handler';
import { AddStaffMemberService } from './commands/add-staff-member/add-staff-member.service';
import { ChangeStaffRoleHandler } from './commands/change-staff-role/change-staff-role.handler';
import { ChangeStaffRoleService } from './commands/change-staff-role/change-staff-role.service';
import { GrantOwnerMembershipService } from './commands/grant-owner-membership/grant-owner-membership.service';
import { RestaurantApprovedHandler } from './commands/grant-owner-membership/restaurant-approved.handler';
import { RemoveStaffMemberHandler } from './commands/remove-staff-member/remove-staff-member.handler';
import { RemoveStaffMemberService } from './commands/remove-staff-member/remove-staff-member.service';
import { ListMyMembershipsHandler } from './queries/list-my-memberships/list-my-memberships.handler';
import { ListStaffHandler } from './queries/list-staff/list-staff.handler';
import { RestaurantTeam } from './restaurant-team';

@Module({
  imports: [AuditModule, AuthModule],
  controllers: [RestaurantApprovedHandler, AddStaffMemberHandler, ChangeStaffRoleHandler, RemoveStaffMemberHandler, ListStaffHandler, ListMyMembershipsHandler],
  providers: [GrantOwnerMembershipService, RestaurantTeam, AddStaffMemberService, ChangeStaffRoleService, RemoveStaffMemberService],
})
export class MembershipsModule {}
