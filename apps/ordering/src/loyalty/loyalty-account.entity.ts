import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A customer's points balance; moved only by LoyaltyLedger, in the statement that writes the entry. */
@Entity({ name: 'loyalty_accounts' })
export class LoyaltyAccount {
  @PrimaryColumn('uuid') customer_id: string;
  @Column('integer') balance: number;
  /** Every point ever earned (redemptions do not lower it): the tier. */
  @Column('integer') lifetime_earned: number;
  @Column('timestamptz') updated_at: Date;
}
