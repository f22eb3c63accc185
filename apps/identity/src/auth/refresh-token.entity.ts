import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** One refresh token of a session; only its SHA-256 is stored. */
@Entity({ name: 'refresh_tokens' })
export class RefreshToken {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') session_id: string;
  @Column('text', { unique: true }) token_hash: string;
  @CreateDateColumn({ type: 'timestamptz' }) created_at: Date;
  @Column('timestamptz') expires_at: Date;
  /** Set when the token was exchanged; presenting it again is reuse. */
  @Column('timestamptz', { nullable: true }) used_at: Date | null;
}
