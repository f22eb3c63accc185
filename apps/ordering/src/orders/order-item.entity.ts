import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One line of an order, with the name and price the menu had when it was placed. */
@Entity({ name: 'order_items' })
export class OrderItem {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') order_id: string;
  /** The line's place in the customer's request. */
  @Column('integer') position: number;
  @Column('uuid') menu_item_id: string;
  @Column('text') name: string;
  @Column('integer') quantity: number;
  @Column('integer') unit_price: number;
  @Column('integer') total_price: number;
  @Column('text', { nullable: true }) notes: string | null;
  @Column('uuid', { nullable: true }) variant_id: string | null;
  @Column('text', { nullable: true }) variant_name: string | null;
  /** The modifier options chosen: id, name and the price each added to unit_price. */
  @Column('jsonb', { default: () => "'[]'" }) modifiers: Array<{ id: string; name: string; price_delta: number }>;
}
