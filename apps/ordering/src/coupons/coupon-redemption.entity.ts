import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** One order's use of a coupon; released (its use given back) when the order is cancelled early. */
@Entity({ name: 'coupon_redemptions' })
export class CouponRedemption {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') coupon_id: string;
  @Column('uuid', { unique: true }) order_id: string;
  /** Whose use it is, for per-customer limits: `customer:<user id>` or `phone:<E.164>` (a guest). */
  @Column('text') buyer_key: string;
  @Column('integer') amount: number;
  @CreateDateColumn({ type: 'timestamptz' }) created_at: Date;
  @Column('timestamptz', { nullable: true }) released_at: Date | null;
}
