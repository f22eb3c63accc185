import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A user's TOTP enrolment: set up, then enabled once a first code proves the app has the secret. */
@Entity({ name: 'two_factor' })
export class TwoFactor {
  @PrimaryColumn('uuid') user_id: string;
  /** Base32 (RFC 4648), as shown to the user. */
  @Column('text') secret: string;
  @Column('timestamptz', { nullable: true }) enabled_at: Date | null;
  /** The newest step whose code was accepted: it and older steps are refused from then on. */
  @Column('integer', { nullable: true }) last_used_step: number | null;
  @CreateDateColumn({ type: 'timestamptz' }) created_at: Date;
}
