import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { AttemptStatus, ProviderName } from '../domain/attempt-status';

export { ACTIVE_ATTEMPT_STATUSES, LIVE_ATTEMPT_STATUSES, PROVIDER_NAMES } from '../domain/attempt-status';
export type { AttemptStatus, ProviderName } from '../domain/attempt-status';

/** One call (and its outcome) to a provider on behalf of a payment. */
@Entity({ name: 'payment_attempts' })
export class PaymentAttempt {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') payment_id: string;
  @Column('text') provider: ProviderName;
  /** Ours, unique: CamPay's external_reference, NouPay's, Stripe's Idempotency-Key and metadata, Paymob's merchant_order_id. */
  @Column('text') external_reference: string;
  /** The provider's id: CamPay reference, NouPay collection id, Stripe PaymentIntent id, Paymob order id. */
  @Column('text', { nullable: true }) provider_reference: string | null;
  @Column('text') status: AttemptStatus;
  @Column('integer') amount: number;
  @Column('char', { length: 3 }) currency: string;
  @Column('text', { nullable: true }) phone: string | null;
  @Column('text', { nullable: true }) client_secret: string | null;
  @Column('text', { nullable: true }) redirect_url: string | null;
  @Column('text', { nullable: true }) ussd_code: string | null;
  @Column('text', { nullable: true }) operator: string | null;
  @Column('text', { nullable: true }) failure_reason: string | null;
  /** What the provider captured on this attempt, and the capture's reference (what a refund names: Paymob's transaction id...). */
  @Column('integer', { nullable: true }) captured_amount: number | null;
  @Column('text', { nullable: true }) capture_reference: string | null;
  @Column('text', { nullable: true }) refund_reference: string | null;
  @Column('timestamptz', { nullable: true }) next_check_at: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) created_at: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updated_at: Date;
}
