import { Injectable } from '@nestjs/common';
import { Actor, ForbiddenError, MembershipRole, NotFoundError, StaffMemberView } from '@platter/contracts';
import { UserRepository } from '../users/user.repository';
import { RestaurantMembership } from './restaurant-membership.entity';
import { RestaurantMembershipRepository } from './restaurant-membership.repository';

/** The caller's own membership in the restaurant their token acts for. */
export interface ActingMember {
  user_id: string;
  restaurant_id: string;
  role: MembershipRole;
}

/** Reads of the team of one restaurant, shared by the staff use cases. */
@Injectable()
export class RestaurantTeam {
  constructor(
    private readonly memberships: RestaurantMembershipRepository,
    private readonly users: UserRepository,
  ) {}

  /**
   * The caller's membership, read from our own table rather than trusted from the token, so a
   * membership removed a minute ago no longer manages anyone.
   */
  async actingMember(actor: Actor): Promise<ActingMember> {
    if (!actor.restaurant_id) throw new ForbiddenError('Your token does not act for a restaurant');
    const membership = await this.memberships.findOne(actor.user_id, actor.restaurant_id);
    if (!membership) throw new ForbiddenError('You are not a member of this restaurant');
    return { user_id: actor.user_id, restaurant_id: membership.restaurant_id, role: membership.role };
  }

  /** One membership of this restaurant, locked for a change; NOT_FOUND for another restaurant's. */
  async memberForUpdate(restaurantId: string, membershipId: string): Promise<RestaurantMembership> {
    const membership = await this.memberships.findInRestaurantForUpdate(restaurantId, membershipId);
    if (!membership) throw new NotFoundError('Staff member');
    return membership;
  }

  /** The team, owner first, then managers, then staff; users read through their entity so PII is decrypted. */
  async views(restaurantId: string, membershipId?: string): Promise<StaffMemberView[]> {
    const memberships = await this.memberships.ofRestaurant(restaurantId, membershipId);
    const users = new Map((await this.users.findByIds(memberships.map((m) => m.user_id))).map((u) => [u.id, u]));
    const rank: Record<MembershipRole, number> = { owner: 0, manager: 1, staff: 2 };
    return memberships
      .sort((a, b) => rank[a.role] - rank[b.role] || a.created_at.getTime() - b.created_at.getTime() || a.id.localeCompare(b.id))
      .map((m) => ({
        id: m.id,
        user_id: m.user_id,
        email: users.get(m.user_id)?.email ?? '',
        name: users.get(m.user_id)?.name ?? '',
        membership_role: m.role,
        created_at: m.created_at.toISOString(),
      }));
  }
}
