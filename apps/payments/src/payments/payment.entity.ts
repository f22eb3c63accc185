import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { PaymentMethod, PaymentStatus } from '@platter/contracts';

export type PaymentPurpose = 'order' | 'wallet_topup';

/** The payment of one order (or of one wallet top-up): captured once, refunded in parts. */
@Entity({ name: 'payments' })
export class Payment {
  @PrimaryColumn('uuid') id: string;
  /** Null for a wallet top-up. */
  @Column('uuid', { unique: true, nullable: true }) order_id: string | null;
  @Column('uuid', { nullable: true }) restaurant_id: string | null;
  @Column('uuid', { nullable: true }) customer_id: string | null;
  @Column('text', { default: 'order' }) purpose: PaymentPurpose;
  @Column('text') method: PaymentMethod;
  /** Who moves the money: the method's provider, the backup provider it fell back to, 'wallet' or 'cash'. */
  @Column('text') provider: string;
  /** In the currency's minor unit. */
  @Column('integer') amount: number;
  @Column('integer', { default: 0 }) amount_refunded: number;
  @Column('char', { length: 3 }) currency: string;
  @Column('text') status: PaymentStatus;
  /** The provider's id for the capture (CamPay reference, Stripe PaymentIntent id, Paymob transaction id). */
  @Column('text', { nullable: true }) provider_reference: string | null;
  /** Mobile-money number to charge (E.164). */
  @Column('text', { nullable: true }) payer_phone: string | null;
  @Column('text', { nullable: true }) payer_email: string | null;
  @Column('text', { nullable: true }) failure_reason: string | null;
  @Column('timestamptz', { nullable: true }) paid_at: Date | null;
  /** The order was cancelled: money that still arrives is given straight back. */
  @Column('timestamptz', { nullable: true }) order_cancelled_at: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) created_at: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updated_at: Date;
}
