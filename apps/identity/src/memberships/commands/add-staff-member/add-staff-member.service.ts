import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Actor, AddStaffMemberRequest, ConflictError, ForbiddenError, StaffMemberView, ValidationFailedError } from '@platter/contracts';
import { EventPublisher } from '@platter/messaging';
import { TransactionHost } from '@platter/persistence';
import { AuditLog } from '../../../audit/audit-log';
import { User } from '../../../users/user.entity';
import { UserRepository } from '../../../users/user.repository';
import { canHoldMembership, decideStaffChange } from '../../domain/staff-rules';
import { RestaurantMembership } from '../../restaurant-membership.entity';
import { RestaurantMembershipRepository } from '../../restaurant-membership.repository';
import { RestaurantTeam } from '../../restaurant-team';

/**
 * The owner (or a manager, for staff) adds someone to the restaurant's team. An email we do not
 * know gets a restaurant_staff account without a password: its holder sets one through the
 * password-reset flow, as the welcome email tells them.
 */
@Injectable()
export class AddStaffMemberService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly team: RestaurantTeam,
    private readonly users: UserRepository,
    private readonly memberships: RestaurantMembershipRepository,
    private readonly events: EventPublisher,
    private readonly audit: AuditLog,
  ) {}

  async add(actor: Actor, data: AddStaffMemberRequest): Promise<StaffMemberView> {
    try {
      return await this.addInTransaction(actor, data);
    } catch (err) {
      // Two adds of one email racing past the checks: the unique indexes decide, the loser gets 409.
      if ((err as { driverError?: { code?: string } }).driverError?.code === '23505') throw new ConflictError('This person is already being added; try again');
      throw err;
    }
  }

  private addInTransaction(actor: Actor, data: AddStaffMemberRequest): Promise<StaffMemberView> {
    return this.tx.run(async () => {
      const caller = await this.team.actingMember(actor);
      const decision = decideStaffChange(caller, { next: data.membership_role });
      if (!decision.allowed) throw new ForbiddenError(decision.reason);

      let user = await this.users.findByEmail(data.email);
      const newAccount = !user;
      if (!user) {
        if (!data.name) throw new ValidationFailedError([{ field: 'name', message: 'name is required for an email without an account' }]);
        user = await this.createStaffAccount(data.email, data.name);
      } else if (!canHoldMembership(user.role) || user.status !== 'active') {
        // Said without revealing more than that this email cannot join as staff.
        throw new ConflictError('This email cannot be added as staff; staff need a restaurant staff account');
      }
      if (await this.memberships.exists(user.id, caller.restaurant_id)) {
        throw new ConflictError('This person is already a member of the restaurant');
      }
      const membership: RestaurantMembership = {
        id: randomUUID(),
        user_id: user.id,
        restaurant_id: caller.restaurant_id,
        role: data.membership_role,
        added_by: actor.user_id,
        created_at: new Date(),
      };
      await this.memberships.insert(membership);
      await this.events.publish('restaurant.membership-changed', {
        restaurant_id: caller.restaurant_id,
        user_id: user.id,
        membership_role: data.membership_role,
        changed_by: actor.user_id,
        new_account: newAccount,
      });
      await this.audit.record({ action: 'staff.added', actorId: actor.user_id, target: user.id, detail: `${caller.restaurant_id} as ${data.membership_role}` });
      const [view] = await this.team.views(caller.restaurant_id, membership.id);
      return view;
    });
  }

  private async createStaffAccount(email: string, name: string): Promise<User> {
    const now = new Date();
    const user = await this.users.insertAccount({
      id: randomUUID(),
      email,
      phone: null,
      name: name.trim(),
      password_hash: null,
      role: 'restaurant_staff',
      status: 'active',
      email_verified: false,
      created_at: now,
      updated_at: now,
    });
    await this.events.publish('user.registered', { user_id: user.id, email, name: user.name, phone: null, role: 'restaurant_staff' });
    await this.audit.record({ action: 'user.registered', actorId: null, target: user.id, detail: 'staff account' });
    return user;
  }
}
