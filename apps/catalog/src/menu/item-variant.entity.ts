import type { MenuTranslations } from '@platter/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A size or version of an item, with its own absolute price (minor units). */
@Entity({ name: 'item_variants' })
export class ItemVariant {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') item_id: string;
  @Column('text') name: string;
  @Column('integer') price: number;
  @Column('integer') position: number;
  @Column('jsonb', { default: () => "'{}'" }) translations: MenuTranslations;
}
