import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { UserRole, UserStatus } from '@platter/contracts';

/** An account: its credentials and platform-wide role. */
@Entity({ name: 'users' })
export class User {
  @PrimaryColumn('uuid') id: string;
  /** Always lower-case. */
  @Column('text', { unique: true }) email: string;
  @Column('text', { nullable: true }) phone: string | null;
  @Column('text') name: string;
  /** Argon2id PHC string; null for accounts that cannot log in with a password. */
  @Column('text', { nullable: true }) password_hash: string | null;
  @Column('text') role: UserRole;
  @Column('text') status: UserStatus;
  @Column('boolean') email_verified: boolean;
  /** Wrong passwords in a row; updated only by LoginAttempts' single-statement UPDATEs. */
  @Column('integer', { default: 0 }) failed_login_count: number;
  /** While in the future every login is refused like a wrong password; an admin re-activation clears it. */
  @Column('timestamptz', { nullable: true }) locked_until: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) created_at: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updated_at: Date;
}
