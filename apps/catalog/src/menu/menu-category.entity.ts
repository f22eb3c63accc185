import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'menu_categories' })
export class MenuCategory {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') restaurant_id: string;
  @Column('text') name: string;
  /** Display order within the restaurant's menu. */
  @Column('integer') position: number;
  @CreateDateColumn({ type: 'timestamptz' }) created_at: Date;
}
