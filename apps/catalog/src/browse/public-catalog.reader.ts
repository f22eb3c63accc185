import { Injectable } from '@nestjs/common';
import { AvailabilityWindow, MenuLanguage, MenuTranslations, NotFoundError, PublicMenuItem, PublicMenuView } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { localize } from './domain/localize';
import { PublicRestaurantRow, toPublicDetail } from './domain/public-restaurant.view';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

const RESTAURANT_COLUMNS = `r.id, r.slug, r.name, r.description, r.address, r.latitude, r.longitude, r.cuisine_tags, r.rating,
  r.rating_count, r.currency, r.timezone, r.opening_hours, r.hours_exceptions, r.translations, r.phone, r.email, r.created_at`;

interface CategoryRow {
  id: string;
  name: string;
  position: number;
  translations: MenuTranslations;
  availability_schedule: AvailabilityWindow[] | null;
}
/** An item as stored: the public view's fields before its variants and modifiers join it, with its translations. */
type ItemRow = Omit<PublicMenuItem, 'variants' | 'modifier_groups'> & { translations: MenuTranslations };
interface VariantRow {
  id: string;
  item_id: string;
  name: string;
  price: number;
  translations: MenuTranslations;
}
interface GroupRow {
  id: string;
  item_id: string;
  name: string;
  min_choices: number;
  max_choices: number;
  translations: MenuTranslations;
}
interface OptionRow {
  id: string;
  group_id: string;
  name: string;
  price_delta: number;
  translations: MenuTranslations;
}

function groupBy<T, K>(rows: T[], key: (row: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const row of rows) map.set(key(row), [...(map.get(key(row)) ?? []), row]);
  return map;
}

/** Reads what the public may see from PostgreSQL: approved restaurants only, anything else is 404. */
@Injectable()
export class PublicCatalogReader {
  constructor(private readonly tx: TransactionHost) {}

  /** The id a public reference names (a UUID is its own; a slug is looked up), or null. */
  async restaurantIdOf(idOrSlug: string): Promise<string | null> {
    if (isUuid(idOrSlug)) return idOrSlug;
    const [row] = await this.tx.manager.query(`SELECT id FROM restaurants WHERE slug = $1`, [idOrSlug]);
    return row?.id ?? null;
  }

  /** By UUID or by slug. */
  async restaurant(idOrSlug: string): Promise<PublicRestaurantRow> {
    const column = isUuid(idOrSlug) ? 'r.id' : 'r.slug';
    const [row] = (await this.tx.manager.query(
      `SELECT ${RESTAURANT_COLUMNS} FROM restaurants r WHERE ${column} = $1 AND r.status = 'approved'`,
      [isUuid(idOrSlug) ? idOrSlug.toLowerCase() : idOrSlug],
    )) as PublicRestaurantRow[];
    if (!row) throw new NotFoundError('Restaurant');
    return row;
  }

  /**
   * The whole orderable menu in `lang`: categories in their order, items switched on, not deleted and
   * not sold out, with their variants and available modifier options. Schedules are kept on the
   * categories and items (menuAt applies them per request, so the result can be cached).
   */
  async menu(row: PublicRestaurantRow, lang: MenuLanguage | undefined, now: Date): Promise<PublicMenuView> {
    const q = this.tx.manager;
    const [categories, items] = (await Promise.all([
      q.query(`SELECT id, name, position, translations, availability_schedule FROM menu_categories WHERE restaurant_id = $1 ORDER BY position, created_at, id`, [row.id]),
      q.query(
        `SELECT id, category_id, name, description, price, currency, images, allergens, dietary_tags, prep_time_minutes, translations, availability_schedule
         FROM menu_items
         WHERE restaurant_id = $1 AND deleted_at IS NULL AND is_available AND (stock_quantity IS NULL OR stock_quantity > 0)
         ORDER BY name, id`,
        [row.id],
      ),
    ])) as [CategoryRow[], ItemRow[]];
    const itemIds = items.map((i) => i.id);
    const [variants, groups] = (await Promise.all([
      q.query(`SELECT id, item_id, name, price, translations FROM item_variants WHERE item_id = ANY($1::uuid[]) ORDER BY position, id`, [itemIds]),
      q.query(`SELECT id, item_id, name, min_choices, max_choices, translations FROM modifier_groups WHERE item_id = ANY($1::uuid[]) ORDER BY position, id`, [itemIds]),
    ])) as [VariantRow[], GroupRow[]];
    const options = (await q.query(
      `SELECT id, group_id, name, price_delta, translations FROM modifier_options WHERE group_id = ANY($1::uuid[]) AND is_available ORDER BY position, id`,
      [groups.map((g) => g.id)],
    )) as OptionRow[];

    const variantsOf = groupBy(variants, (v) => v.item_id);
    const groupsOf = groupBy(groups, (g) => g.item_id);
    const optionsOf = groupBy(options, (o) => o.group_id);
    const name = (base: string, translations: MenuTranslations) => localize({ name: base, description: null }, translations, lang).name;
    const toItem = (i: ItemRow): PublicMenuItem => ({
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
