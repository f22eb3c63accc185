import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { CustomerSegment } from '@platter/contracts';

/** pg returns bigint as a string; totals stay far below 2^53, so a number is exact. */
const bigintAsNumber = { to: (v: number) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

/** Marketing's view of a customer: who they are and how they buy. id is their user id. */
@Entity({ name: 'crm_customers' })
export class CrmCustomer {
  @PrimaryColumn('uuid') id: string;
  @Column('text', { nullable: true }) email: string | null;
  @Column('text', { nullable: true }) name: string | null;
  @Column('text', { nullable: true }) phone: string | null;
  @Column('text') segment: CustomerSegment;
  @Column('integer') total_orders: number;
  /** Sum of order totals, in the currency's minor unit. */
  @Column('bigint', { transformer: bigintAsNumber }) total_spent: number;
  @Column('timestamptz', { nullable: true }) last_order_at: Date | null;
  /** Set when the account was erased: personal data is gone and never comes back. */
  @Column('timestamptz', { nullable: true }) erased_at: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) created_at: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updated_at: Date;
}
