import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { DeliveryType, OrderStatus, OrderView, PaymentMethod } from '@platter/contracts';

export interface DeliveryAddress {
  address: string;
  latitude: number;
  longitude: number;
}

/** A customer's or a guest's order; money in the currency's minor unit, priced from ordering's menu copy. */
@Entity({ name: 'orders' })
export class Order {
  @PrimaryColumn('uuid') id: string;
  @Column('text', { unique: true }) order_number: string;
  @Column('uuid', { nullable: true }) customer_id: string | null;
  @Column('uuid') restaurant_id: string;
  @Column('text') status: OrderStatus;
  @Column('text') delivery_type: DeliveryType;
  @Column('jsonb', { nullable: true }) delivery_address: DeliveryAddress | null;
  @Column('text') payment_method: PaymentMethod;
  @Column('text') payment_status: OrderView['payment_status'];
  @Column('integer') subtotal: number;
  @Column('integer') tax_amount: number;
  @Column('integer') delivery_fee: number;
  @Column('integer') service_fee: number;
  @Column('integer') total_amount: number;
  @Column('char', { length: 3 }) currency: string;
  /** A guest order: identity's guest_id (their guest session), if they had one. */
  @Column('uuid', { nullable: true }) guest_session_id: string | null;
  @Column('text', { nullable: true }) guest_name: string | null;
  @Column('text', { nullable: true }) guest_phone: string | null;
  @Column('text', { nullable: true }) guest_email: string | null;
  /** SHA-256 (hex) of a guest order's tracking token; the token is shown once, at placing. */
  @Column('text', { nullable: true, unique: true }) tracking_token_hash: string | null;
  /** Coupon plus loyalty redemption, already taken off total_amount. */
  @Column('integer', { default: 0 }) discount_amount: number;
  @Column('text', { nullable: true }) coupon_code: string | null;
  @Column('integer', { default: 0 }) loyalty_points_redeemed: number;
  /** The restaurant's rate when the order was placed (1500 = 15 %): commission is settled at it. */
  @Column('integer', { default: 1500 }) commission_rate_bps: number;
  @Column('integer', { default: 0 }) amount_refunded: number;
  /** Given by the customer to the driver at the door; shown to the buyer only. */
  @Column('text', { nullable: true }) delivery_code: string | null;
  @Column('uuid', { nullable: true }) driver_id: string | null;
  /** The mobile-money number to charge when not the buyer's own. */
  @Column('text', { nullable: true }) payer_phone: string | null;
  /** Who placed it: a customer (client app), a guest, or restaurant staff (phone and dine-in orders). */
  @Column('text', { default: 'client' }) source: 'client' | 'guest' | 'staff';
  /** The staff member who keyed a staff order in. */
  @Column('uuid', { nullable: true }) placed_by: string | null;
  /** The dashboard's order type of a staff order (online: taken remotely, offline: at the counter or table); null for the client apps' orders. */
  @Column('text', { nullable: true }) order_type: 'online' | 'offline' | null;
  /** Who took the money (may be the backup mobile-money provider). */
  @Column('text', { nullable: true }) payment_provider: string | null;
  @Column('timestamptz', { nullable: true }) payment_due_at: Date | null;
  /** When the saga's current step is overdue (payment, restaurant answer, kitchen, driver); null = nothing awaited. */
  @Column('timestamptz', { nullable: true }) step_due_at: Date | null;
  /** Set when the watchdog found the saga stuck; shown to admins until it moves again. */
  @Column('timestamptz', { nullable: true }) saga_flagged_at: Date | null;
  @Column('text', { nullable: true }) saga_note: string | null;
  @Column('timestamptz', { nullable: true }) completed_at: Date | null;
  @Column('timestamptz', { nullable: true }) cancelled_at: Date | null;
  /** What payments reported captured (payment.succeeded); cash counts once the order is completed. */
  @Column('integer', { default: 0 }) amount_paid: number;
  /** When the saga asked payments to re-check an unanswered online payment (once, at the payment deadline). */
  @Column('timestamptz', { nullable: true }) payment_check_requested_at: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) created_at: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updated_at: Date;
}
