import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { DeliveryType, OrderStatus, OrderView, PaymentMethod } from '@platter/contracts';

export interface DeliveryAddress {
  address: string;
  latitude: number;
  longitude: number;
}

/** A customer's order; money in the currency's minor unit, priced from ordering's menu copy. */
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
  @CreateDateColumn({ type: 'timestamptz' }) created_at: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updated_at: Date;
}
