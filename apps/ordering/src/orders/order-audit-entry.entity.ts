import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An admin's intervention on an order (status override, refund request, saga resume or compensation). */
@Entity({ name: 'order_audit_log' })
export class OrderAuditEntry {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') order_id: string;
  @Column('uuid', { nullable: true }) actor_id: string | null;
  /** e.g. status.override, refund.requested, saga.resumed, saga.compensated. */
  @Column('text') action: string;
  @Column('jsonb', { default: {} }) detail: Record<string, unknown>;
  @Column('timestamptz', { default: () => 'now()' }) at: Date;
}
