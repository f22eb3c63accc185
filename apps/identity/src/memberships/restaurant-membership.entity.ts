import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { MembershipRole } from '@platter/contracts';

export type { MembershipRole };

/** A user's role within one restaurant. */
@Entity({ name: 'restaurant_memberships' })
export class RestaurantMembership {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') user_id: string;
  @Column('uuid') restaurant_id: string;
  @Column('text') role: MembershipRole;
  @Column('uuid', { nullable: true }) added_by?: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) created_at: Date;
}
