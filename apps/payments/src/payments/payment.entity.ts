import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { PaymentMethod, PaymentStatus } from '@platter/contracts';

/** The payment intent of one order. */
@Entity({ name: 'payments' })
export class Payment {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { unique: true }) order_id: string;
  @Column('uuid') restaurant_id: string;
  @Column('uuid', { nullable: true }) customer_id: string | null;
  @Column('text') method: PaymentMethod;
  @Column('text') provider: string;
  /** In the currency's minor unit. */
  @Column('integer') amount: number;
  @Column('char', { length: 3 }) currency: string;
  @Column('text') status: PaymentStatus;
  @CreateDateColumn({ type: 'timestamptz' }) created_at: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updated_at: Date;
}
