import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { encryptedColumn } from '@platter/persistence';
import { userPii } from '../users/user-pii';

/** A guest who orders without an account; its id is the guest_id other services know. */
@Entity({ name: 'guest_sessions' })
export class GuestSession {
  @PrimaryColumn('uuid') id: string;
  /** SHA-256 (hex) of the token; the token itself is shown once and never stored. */
  @Column('text', { unique: true }) token_hash: string;
  @Column('text', { nullable: true }) name: string | null;
  /** E.164 and the email, encrypted at rest like users' phones (PII_ENCRYPTION_KEYS). */
  @Column('text', { nullable: true, transformer: encryptedColumn(userPii) }) phone: string | null;
  @Column('text', { nullable: true, transformer: encryptedColumn(userPii) }) email: string | null;
  @Column('timestamptz') expires_at: Date;
  /** The account the guest became by registering with the token (which is then used up). */
  @Column('uuid', { nullable: true }) converted_user_id: string | null;
  @Column('timestamptz', { nullable: true }) converted_at: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) created_at: Date;
}
