import type { MenuTranslations } from '@platter/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One choice of a modifier group; price_delta (minor units, may be negative) is added to the item's price. */
@Entity({ name: 'modifier_options' })
export class ModifierOption {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') group_id: string;
  @Column('text') name: string;
  @Column('integer') price_delta: number;
  @Column('boolean', { default: true }) is_available: boolean;
  @Column('integer') position: number;
  @Column('jsonb', { default: () => "'{}'" }) translations: MenuTranslations;
}
