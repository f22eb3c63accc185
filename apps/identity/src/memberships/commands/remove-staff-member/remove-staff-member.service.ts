import { Injectable } from '@nestjs/common';
import { Actor, ForbiddenError } from '@platter/contracts';
import { EventPublisher } from '@platter/messaging';
import { TransactionHost } from '@platter/persistence';
import { AuditLog } from '../../../audit/audit-log';
import { SessionTokens } from '../../../auth/session-tokens';
import { decideStaffChange } from '../../domain/staff-rules';
import { RestaurantMembershipRepository } from '../../restaurant-membership.repository';
import { RestaurantTeam } from '../../restaurant-team';

/**
 * Takes someone off the team. Their sessions end at once, so no refresh brings back a token for
 * this restaurant; an access token already issued lapses within its lifetime (15 minutes).
 */
@Injectable()
export class RemoveStaffMemberService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly team: RestaurantTeam,
    private readonly memberships: RestaurantMembershipRepository,
    private readonly sessions: SessionTokens,
    private readonly events: EventPublisher,
    private readonly audit: AuditLog,
  ) {}

  async remove(actor: Actor, membershipId: string): Promise<{ removed: true }> {
    return this.tx.run(async () => {
      const caller = await this.team.actingMember(actor);
      const member = await this.team.memberForUpdate(caller.restaurant_id, membershipId);
      const decision = decideStaffChange(caller, { user_id: member.user_id, current: member.role });
      if (!decision.allowed) throw new ForbiddenError(decision.reason);
      await this.memberships.delete(member.id);
      await this.sessions.revokeAllOf(member.user_id, 'removed-from-restaurant');
      await this.events.publish('restaurant.membership-changed', {
        restaurant_id: caller.restaurant_id,
        user_id: member.user_id,
        membership_role: null,
        changed_by: actor.user_id,
        new_account: false,
      });
      await this.audit.record({ action: 'staff.removed', actorId: actor.user_id, target: member.user_id, detail: `${caller.restaurant_id} (${member.role})` });
      return { removed: true as const };
    });
  }
}
