import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** The kitchen's copy of a menu item, kept by menu.item-changed: what the line can 86 during service. */
@Entity({ name: 'menu_item_copies' })
export class MenuItemCopy {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') restaurant_id: string;
  @Column('text') name: string;
  @Column('boolean') is_available: boolean;
  @Column('boolean') deleted: boolean;
  /** occurred_at of the event this row reflects: an older event never overwrites it. */
  @Column('timestamptz') source_occurred_at: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updated_at: Date;
}
