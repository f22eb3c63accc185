import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { OneTimeTokenPurpose } from './domain/one-time-token';

/** An emailed single-use token (password reset, email verification, account unlock); only its SHA-256 is stored. */
@Entity({ name: 'one_time_tokens' })
export class OneTimeToken {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') user_id: string;
  @Column('text') purpose: OneTimeTokenPurpose;
  @Column('text') token_hash: string;
  @Column('timestamptz') expires_at: Date;
  @Column('timestamptz', { nullable: true }) used_at: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) created_at: Date;
}
