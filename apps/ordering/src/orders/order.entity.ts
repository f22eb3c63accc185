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
  @CreateDateColumn({ type: 'timestamptz' }) created_at: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updated_at: Date;
}
