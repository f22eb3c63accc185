import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One security-relevant event: who did what to what. */
@Entity({ name: 'audit_log' })
export class AuditEntry {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { nullable: true }) actor_id: string | null;
  @Column('text') action: string;
  @Column('text', { nullable: true }) target: string | null;
  @Column('text', { nullable: true }) ip: string | null;
  @Column('text', { nullable: true }) detail: string | null;
  @Column('timestamptz') at: Date;
}
