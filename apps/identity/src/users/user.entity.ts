import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { UserRole, UserStatus } from '@platter/contracts';
import { encryptedColumn } from '@platter/persistence';
import { userPii } from './user-pii';

/** An account: its credentials and platform-wide role. */
@Entity({ name: 'users' })
export class User {
  @PrimaryColumn('uuid') id: string;
  /** Always lower-case. */
  @Column('text', { unique: true }) email: string;
  /** E.164, encrypted at rest (AES-256-GCM, PII_ENCRYPTION_KEYS); never a find condition: use phone_lookup. */
  @Column('text', { nullable: true, transformer: encryptedColumn(userPii) }) phone: string | null;
  /** HMAC blind index of the phone (see phoneColumns): unique, what lookups and duplicate checks use. */
  @Column('text', { nullable: true }) phone_lookup: string | null;
  /** When a code texted to this phone came back: only then may the phone sign the account in. */
  @Column('timestamptz', { nullable: true }) phone_verified_at?: Date | null;
  @Column('text') name: string;
  /** YYYY-MM-DD (a `date` column, read as a string), for the loyalty birthday bonus; optional. */
  @Column('date', { nullable: true }) birthday?: string | null;
  /** Argon2id PHC string; null for accounts that cannot log in with a password. */
  @Column('text', { nullable: true }) password_hash: string | null;
  @Column('text') role: UserRole;
  @Column('text') status: UserStatus;
  @Column('boolean') email_verified: boolean;
  /** The user's own settings (PUT /users/me), a JSON object of bounded size. */
  // Typed as `object`: TypeORM's partial-update type cannot map Record<string, unknown>.
  @Column('jsonb') preferences: object;
  /** Wrong passwords in a row; updated only by LoginAttempts' single-statement UPDATEs. */
  @Column('integer', { default: 0 }) failed_login_count: number;
  /** While in the future every login is refused like a wrong password; an admin re-activation or a password reset clears it. */
  @Column('timestamptz', { nullable: true }) locked_until: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) created_at: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updated_at: Date;
}
