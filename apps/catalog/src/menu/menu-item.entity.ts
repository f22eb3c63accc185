import type { AvailabilityWindow, MenuTranslations } from '@platter/contracts';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

@Entity({ name: 'menu_items' })
export class MenuItem {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') restaurant_id: string;
  @Column('uuid', { nullable: true }) category_id: string | null;
  @Column('text') name: string;
  @Column('text', { nullable: true }) description: string | null;
  /** In the currency's minor unit (XAF has none). */
  @Column('integer') price: number;
  @Column('char', { length: 3 }) currency: string;
  @Column('boolean') is_available: boolean;
  /** When is_available was last decided (item.86ed's or a sell-out's event time, an owner's change): an older decision moves nothing. */
  @Column('timestamptz', { nullable: true }) availability_changed_at: Date | null;
  /** Units ordered so far (popularity), counted from order.created. */
  @Column('integer', { default: 0 }) order_count: number;
  /** Image URLs, the first one is the item's main picture. */
  @Column('text', { array: true, default: () => "'{}'" }) images: string[];
  @Column('text', { array: true, default: () => "'{}'" }) allergens: string[];
  @Column('text', { array: true, default: () => "'{}'" }) dietary_tags: string[];
  @Column('integer', { nullable: true }) prep_time_minutes: number | null;
  @Column('jsonb', { default: () => "'{}'" }) translations: MenuTranslations;
  /** Units left, for restaurants that count them (the /products routes' stockQuantity); null = not counted. */
  @Column('integer', { nullable: true }) stock_quantity: number | null;
  /** When the item can be ordered (local time); null = whenever the restaurant is open. */
  @Column('jsonb', { nullable: true }) availability_schedule: AvailabilityWindow[] | null;
  @Column('timestamptz', { nullable: true }) deleted_at: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) created_at: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updated_at: Date;
}
