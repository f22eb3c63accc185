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
  /** Units ordered so far (popularity), counted from order.created. */
  @Column('integer', { default: 0 }) order_count: number;
  @Column('timestamptz', { nullable: true }) deleted_at: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) created_at: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updated_at: Date;
}
