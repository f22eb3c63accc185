import { Column, Entity, PrimaryColumn } from 'typeorm';

export type PhoneOtpPurpose = 'sign_in' | 'verify_phone';

/** One SMS sign-in code: its keyed hash, wrong guesses so far, and when it stops working. */
@Entity({ name: 'phone_otps' })
export class PhoneOtp {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') user_id: string;
  @Column('text') code_hash: string;
  /** Signing in, or proving a signed-in user's phone. */
  @Column('text', { default: 'sign_in' }) purpose?: PhoneOtpPurpose;
  @Column('integer') attempts: number;
  @Column('timestamptz') expires_at: Date;
  @Column('timestamptz', { nullable: true }) used_at: Date | null;
  @Column('timestamptz') created_at: Date;
}
