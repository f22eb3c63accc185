import type { AvailabilityWindow, MenuTranslations } from '@platter/contracts';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

@Entity({ name: 'menu_categories' })
export class MenuCategory {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') restaurant_id: string;
  @Column('text') name: string;
  /** Display order within the restaurant's menu. */
  @Column('integer') position: number;
  @Column('jsonb', { default: () => "'{}'" }) translations: MenuTranslations;
  /** A breakfast menu: its items can be ordered only within these windows (local time); null = always. */
  @Column('jsonb', { nullable: true }) availability_schedule: AvailabilityWindow[] | null;
  @CreateDateColumn({ type: 'timestamptz' }) created_at: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updated_at: Date;
}
