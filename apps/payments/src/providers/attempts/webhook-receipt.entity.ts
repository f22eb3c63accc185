import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Every webhook received, verified or not, with what it did. */
@Entity({ name: 'webhook_receipts' })
export class WebhookReceipt {
  @PrimaryColumn('uuid') id: string;
  @Column('text') provider: string;
  @Column('text', { nullable: true }) event_id: string | null;
  @Column('boolean') signature_valid: boolean;
  /** The first verified delivery of its event (the one that took effect). */
  @Column('boolean', { default: false }) first_delivery: boolean;
  @Column('text') payload: string;
  @Column('jsonb', { default: {} }) headers: Record<string, string>;
  @Column('jsonb', { default: {} }) query: Record<string, string>;
  @Column('uuid', { nullable: true }) attempt_id: string | null;
  @Column('text') outcome: string;
  @Column('timestamptz', { default: () => 'now()' }) received_at: Date;
}
