import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A customer invited someone (POST /client/referrals/send); the message itself is not sent by ordering. */
@Entity({ name: 'referral_invitations' })
export class ReferralInvitation {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') referrer_id: string;
  @Column('text') channel: 'email' | 'phone';
  /** Lower-cased email or E.164 phone. */
  @Column('text') contact: string;
  @Column('timestamptz') created_at: Date;
}
