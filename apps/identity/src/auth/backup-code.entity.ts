import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** One single-use backup code; only its SHA-256 is stored. */
@Entity({ name: 'backup_codes' })
export class BackupCode {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') user_id: string;
  @Column('text') code_hash: string;
  @Column('timestamptz', { nullable: true }) used_at: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) created_at: Date;
}
