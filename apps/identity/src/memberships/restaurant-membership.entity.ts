import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

export type MembershipRole = 'owner' | 'manager' | 'staff';

/** A user's role within one restaurant. */
@Entity({ name: 'restaurant_memberships' })
export class RestaurantMembership {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') user_id: string;
  @Column('uuid') restaurant_id: string;
  @Column('text') role: MembershipRole;
  @CreateDateColumn({ type: 'timestamptz' }) created_at: Date;
}
