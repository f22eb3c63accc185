import { Column, Entity, PrimaryColumn } from 'typeorm';

export const LOYALTY_KINDS = ['order_completed', 'review', 'referral', 'birthday', 'redeemed', 'restored', 'adjustment'] as const;
export type LoyaltyKind = (typeof LOYALTY_KINDS)[number];

/** One movement of a customer's points (+ earned, - spent); `movement_key` is unique, so each happens once. */
@Entity({ name: 'loyalty_entries' })
export class LoyaltyEntry {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') customer_id: string;
  @Column('integer') points: number;
  @Column('text') kind: LoyaltyKind;
  @Column('uuid', { nullable: true }) order_id: string | null;
  @Column('text') movement_key: string;
  @Column('text', { nullable: true }) note: string | null;
  @Column('timestamptz') created_at: Date;
}
