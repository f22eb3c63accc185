import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export const COUPON_KINDS = ['percent', 'fixed'] as const;
export type CouponKind = (typeof COUPON_KINDS)[number];

/**
 * A discount code: a restaurant's own (restaurant_id) or platform-wide (null), unique per scope
 * case-insensitively among live coupons. Amounts in the coupon currency's minor unit; it applies
 * only to orders in that currency.
 */
@Entity({ name: 'coupons' })
export class Coupon {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { nullable: true }) restaurant_id: string | null;
  /** As its creator spelled it; matched case-insensitively. */
  @Column('text') code: string;
  @Column('text') kind: CouponKind;
  /** percent: the share of the subtotal taken off, in basis points (1000 = 10 %). */
  @Column('integer', { nullable: true }) percent_bps: number | null;
  /** fixed: the amount taken off. */
  @Column('integer', { nullable: true }) amount: number | null;
  /** The most a percent coupon takes off. */
  @Column('integer', { nullable: true }) max_discount: number | null;
  @Column('integer', { default: 0 }) min_subtotal: number;
  @Column('char', { length: 3 }) currency: string;
  @Column('timestamptz', { nullable: true }) starts_at: Date | null;
  @Column('timestamptz', { nullable: true }) ends_at: Date | null;
  @Column('integer', { nullable: true }) max_uses: number | null;
  @Column('integer', { nullable: true }) per_customer_limit: number | null;
  /** Orders holding a use (given back when such an order is cancelled before it was paid or accepted). */
  @Column('integer', { default: 0 }) uses_count: number;
  @Column('boolean', { default: true }) is_active: boolean;
  @Column('uuid', { nullable: true }) created_by: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) created_at: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updated_at: Date;
  @Column('timestamptz', { nullable: true }) deleted_at: Date | null;
}
