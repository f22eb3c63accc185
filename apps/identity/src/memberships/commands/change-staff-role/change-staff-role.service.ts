import { Injectable } from '@nestjs/common';
import { Actor, ChangeStaffRoleRequest, ForbiddenError, StaffMemberView } from '@platter/contracts';
import { EventPublisher } from '@platter/messaging';
import { TransactionHost } from '@platter/persistence';
import { AuditLog } from '../../../audit/audit-log';
import { decideStaffChange } from '../../domain/staff-rules';
import { RestaurantMembershipRepository } from '../../restaurant-membership.repository';
import { RestaurantTeam } from '../../restaurant-team';

/** The owner promotes staff to manager or back; the member's next token carries the new role. */
@Injectable()
export class ChangeStaffRoleService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly team: RestaurantTeam,
    private readonly memberships: RestaurantMembershipRepository,
    private readonly events: EventPublisher,
    private readonly audit: AuditLog,
  ) {}

  async change(actor: Actor, data: ChangeStaffRoleRequest): Promise<StaffMemberView> {
    return this.tx.run(async () => {
      const caller = await this.team.actingMember(actor);
      const member = await this.team.memberForUpdate(caller.restaurant_id, data.id);
      const decision = decideStaffChange(caller, { user_id: member.user_id, current: member.role, next: data.membership_role });
      if (!decision.allowed) throw new ForbiddenError(decision.reason);
      if (member.role !== data.membership_role) {
        await this.memberships.setRole(member.id, data.membership_role);
        await this.events.publish('restaurant.membership-changed', {
          restaurant_id: caller.restaurant_id,
          user_id: member.user_id,
          membership_role: data.membership_role,
          changed_by: actor.user_id,
          new_account: false,
        });
        await this.audit.record({
          action: 'staff.role-changed',
          actorId: actor.user_id,
          target: member.user_id,
          detail: `${caller.restaurant_id}: ${member.role} -> ${data.membership_role}`,
        });
      }
      const [view] = await this.team.views(caller.restaurant_id, member.id);
      return view;
    });
  }
}
