import type { MenuTranslations } from '@platter/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Choices a customer makes for an item ("Sauce": pick 1 to 2), between min_choices and max_choices options. */
@Entity({ name: 'modifier_groups' })
export class ModifierGroup {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') item_id: string;
  @Column('text') name: string;
  @Column('integer') min_choices: number;
  @Column('integer') max_choices: number;
  @Column('integer') position: number;
  @Column('jsonb', { default: () => "'{}'" }) translations: MenuTranslations;
}
