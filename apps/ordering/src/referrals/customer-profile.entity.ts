import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Ordering's copy of what loyalty needs about a user, fed by identity's user.registered /
 * user.profile-updated / user.deleted (erasure drops the birthday), plus their own referral code.
 */
@Entity({ name: 'customer_profiles' })
export class CustomerProfile {
  @PrimaryColumn('uuid') customer_id: string;
  /** From user.registered; null when the profile was made before that event arrived. */
  @Column('text', { nullable: true }) role: string | null;
  @Column('text') referral_code: string;
  /** The customer whose code they signed up with. */
  @Column('uuid', { nullable: true }) referred_by: string | null;
  /** YYYY-MM-DD. */
  @Column('date', { nullable: true }) birthday: string | null;
  @Column('timestamptz', { nullable: true }) first_order_completed_at: Date | null;
  @Column('timestamptz', { nullable: true }) erased_at: Date | null;
  @Column('timestamptz') created_at: Date;
  @Column('timestamptz') updated_at: Date;
}
