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
}
