import type { AvailabilityWindow, MenuItemVariantPayload, MenuModifierGroupPayload } from '@platter/contracts';
import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** Ordering's copy of a menu item (from menu.item-changed): orders are priced from it. */
@Entity({ name: 'menu_item_replicas' })
export class MenuItemReplica {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') restaurant_id: string;
  @Column('text') name: string;
  @Column('integer') price: number;
  @Column('char', { length: 3 }) currency: string;
  @Column('boolean') is_available: boolean;
  @Column('boolean') deleted: boolean;
  /** Sizes with absolute prices, as catalog last announced them. */
  @Column('jsonb', { default: () => "'[]'" }) variants: MenuItemVariantPayload[];
  @Column('jsonb', { default: () => "'[]'" }) modifier_groups: MenuModifierGroupPayload[];
  /** Local-time windows the item can be ordered in; null = whenever the restaurant is open. */
  @Column('jsonb', { nullable: true }) availability_schedule: AvailabilityWindow[] | null;
  /** occurred_at of the event this row reflects: an older event never overwrites it. */
  @Column('timestamptz') source_occurred_at: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updated_at: Date;
}
