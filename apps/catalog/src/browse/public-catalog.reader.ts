import { Injectable } from '@nestjs/common';
import { MenuLanguage, MenuTranslations, NotFoundError, PublicMenuItem, PublicMenuView } from '@platter/contracts';
import { localize } from './domain/localize';
import { PublicRestaurantRow, toPublicDetail } from './domain/public-restaurant.view';
import { isUuid, PublicCatalogRepository, PublicItemRow } from './public-catalog.repository';

function groupBy<T, K>(rows: T[], key: (row: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const row of rows) map.set(key(row), [...(map.get(key(row)) ?? []), row]);
  return map;
}

/** Reads what the public may see: approved restaurants only, anything else is 404. */
@Injectable()
export class PublicCatalogReader {
  constructor(private readonly catalog: PublicCatalogRepository) {}

  /** The id a public reference names (a UUID is its own; a slug is looked up), or null. */
  async restaurantIdOf(idOrSlug: string): Promise<string | null> {
    if (isUuid(idOrSlug)) return idOrSlug;
    return this.catalog.restaurantIdOfSlug(idOrSlug);
  }

  /** By UUID or by slug. */
  async restaurant(idOrSlug: string): Promise<PublicRestaurantRow> {
    const row = await this.catalog.approvedRestaurant(idOrSlug);
    if (!row) throw new NotFoundError('Restaurant');
    return row;
  }

  /**
   * The whole orderable menu in `lang`: categories in their order, items switched on, not deleted and
   * not sold out, with their variants and available modifier options. Schedules are kept on the
   * categories and items (menuAt applies them per request, so the result can be cached).
   */
  async menu(row: PublicRestaurantRow, lang: MenuLanguage | undefined, now: Date): Promise<PublicMenuView> {
    const [categories, items] = await Promise.all([this.catalog.categoriesOf(row.id), this.catalog.orderableItemsOf(row.id)]);
    const itemIds = items.map((i) => i.id);
    const [variants, groups] = await Promise.all([this.catalog.variantsOf(itemIds), this.catalog.modifierGroupsOf(itemIds)]);
    const options = await this.catalog.availableOptionsOf(groups.map((g) => g.id));

    const variantsOf = groupBy(variants, (v) => v.item_id);
    const groupsOf = groupBy(groups, (g) => g.item_id);
    const optionsOf = groupBy(options, (o) => o.group_id);
    const name = (base: string, translations: MenuTranslations) => localize({ name: base, description: null }, translations, lang).name;
    const toItem = (i: PublicItemRow): PublicMenuItem => ({
      id: i.id,
      category_id: i.category_id,
      ...localize({ name: i.name, description: i.description }, i.translations, lang),
      price: i.price,
      currency: i.currency.trim(),
      images: i.images,
      allergens: i.allergens,
      dietary_tags: i.dietary_tags,
      prep_time_minutes: i.prep_time_minutes,
      availability_schedule: i.availability_schedule,
      variants: (variantsOf.get(i.id) ?? []).map((v) => ({ id: v.id, name: name(v.name, v.translations), price: v.price })),
      modifier_groups: (groupsOf.get(i.id) ?? []).map((g) => ({
        id: g.id,
        name: name(g.name, g.translations),
        min_choices: g.min_choices,
        max_choices: g.max_choices,
        options: (optionsOf.get(g.id) ?? []).map((o) => ({ id: o.id, name: name(o.name, o.translations), price_delta: o.price_delta })),
      })),
    });
    const itemsOf = groupBy(items, (i) => i.category_id);
    return {
      restaurant: toPublicDetail(row, lang, now),
      language: lang ?? null,
      categories: categories.map((c) => ({
        id: c.id,
        name: name(c.name, c.translations),
        position: c.position,
        availability_schedule: c.availability_schedule,
        items: (itemsOf.get(c.id) ?? []).map(toItem),
      })),
      uncategorized: (itemsOf.get(null) ?? []).map(toItem),
    };
  }
}
