import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** Marketing's copy of a menu item, kept by menu.item-changed. */
@Entity({ name: 'crm_products' })
export class CrmProduct {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') restaurant_id: string;
  @Column('text') name: string;
  /** In the currency's minor unit. */
  @Column('integer') price: number;
  @Column('char', { length: 3 }) currency: string;
  @Column('boolean') is_available: boolean;
  @Column('boolean') deleted: boolean;
  /** occurred_at of the event this row reflects: an older event never overwrites it. */
  @Column('timestamptz') source_occurred_at: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updated_at: Date;
}
