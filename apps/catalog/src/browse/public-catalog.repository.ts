import { Injectable } from '@nestjs/common';
import { AvailabilityWindow, MenuTranslations, PublicMenuItem, PublicRestaurantsQuery } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { PublicRestaurantRow } from './domain/public-restaurant.view';
import { publicRestaurantsSql } from './queries/list-public-restaurants/public-restaurants.sql';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

const RESTAURANT_COLUMNS = `r.id, r.slug, r.name, r.description, r.address, r.latitude, r.longitude, r.cuisine_tags, r.rating,
  r.rating_count, r.currency, r.timezone, r.opening_hours, r.hours_exceptions, r.translations, r.phone, r.email, r.created_at`;

export interface PublicCategoryRow {
  id: string;
  name: string;
  position: number;
  translations: MenuTranslations;
  availability_schedule: AvailabilityWindow[] | null;
}
/** An item as stored: the public view's fields before its variants and modifiers join it, with its translations. */
export type PublicItemRow = Omit<PublicMenuItem, 'variants' | 'modifier_groups'> & { translations: MenuTranslations };
export interface PublicVariantRow {
  id: string;
  item_id: string;
  name: string;
  price: number;
  translations: MenuTranslations;
}
export interface PublicGroupRow {
  id: string;
  item_id: string;
  name: string;
  min_choices: number;
  max_choices: number;
  translations: MenuTranslations;
}
export interface PublicOptionRow {
  id: string;
  group_id: string;
  name: string;
  price_delta: number;
  translations: MenuTranslations;
}
/** A listed restaurant with the window count of every match (a string: PostgreSQL's bigint). */
export type ListedRestaurantRow = PublicRestaurantRow & { total: string };

/**
 * The public read model: approved restaurants and their orderable menus, read across catalog's
 * tables. Raw SQL throughout: the menu read is the measured hot path (`npm run bench:menu`,
 * docs/benchmarks.md), it selects only the columns the public view shows, and the listing needs
 * pg_trgm operators and window counts the builder cannot say.
 */
@Injectable()
export class PublicCatalogRepository {
  constructor(private readonly tx: TransactionHost) {}

  /** The id of the restaurant with this slug (any status), or null. */
  async restaurantIdOfSlug(slug: string): Promise<string | null> {
    const [row] = await this.tx.manager.query(`SELECT id FROM restaurants WHERE slug = $1`, [slug]);
    return row?.id ?? null;
  }

  /** The approved restaurant with this UUID or slug, or null. */
  async approvedRestaurant(idOrSlug: string): Promise<PublicRestaurantRow | null> {
    const column = isUuid(idOrSlug) ? 'r.id' : 'r.slug';
    const [row] = (await this.tx.manager.query(
      `SELECT ${RESTAURANT_COLUMNS} FROM restaurants r WHERE ${column} = $1 AND r.status = 'approved'`,
      [isUuid(idOrSlug) ? idOrSlug.toLowerCase() : idOrSlug],
    )) as PublicRestaurantRow[];
    return row ?? null;
  }

  /** The restaurant's categories in menu order. */
  async categoriesOf(restaurantId: string): Promise<PublicCategoryRow[]> {
    return (await this.tx.manager.query(
      `SELECT id, name, position, translations, availability_schedule FROM menu_categories WHERE restaurant_id = $1 ORDER BY position, created_at, id`,
      [restaurantId],
    )) as PublicCategoryRow[];
  }

  /** The restaurant's orderable items (switched on, not deleted, not sold out), by name. */
  async orderableItemsOf(restaurantId: string): Promise<PublicItemRow[]> {
    return (await this.tx.manager.query(
      `SELECT id, category_id, name, description, price, currency, images, allergens, dietary_tags, prep_time_minutes, translations, availability_schedule
         FROM menu_items
         WHERE restaurant_id = $1 AND deleted_at IS NULL AND is_available AND (stock_quantity IS NULL OR stock_quantity > 0)
         ORDER BY name, id`,
      [restaurantId],
    )) as PublicItemRow[];
  }

  /** The items' variants, in display order. */
  async variantsOf(itemIds: readonly string[]): Promise<PublicVariantRow[]> {
    return (await this.tx.manager.query(
      `SELECT id, item_id, name, price, translations FROM item_variants WHERE item_id = ANY($1::uuid[]) ORDER BY position, id`,
      [itemIds],
    )) as PublicVariantRow[];
  }

  /** The items' modifier groups, in display order. */
  async modifierGroupsOf(itemIds: readonly string[]): Promise<PublicGroupRow[]> {
    return (await this.tx.manager.query(
      `SELECT id, item_id, name, min_choices, max_choices, translations FROM modifier_groups WHERE item_id = ANY($1::uuid[]) ORDER BY position, id`,
      [itemIds],
    )) as PublicGroupRow[];
  }

  /** The groups' available options, in display order. */
  async availableOptionsOf(groupIds: readonly string[]): Promise<PublicOptionRow[]> {
    return (await this.tx.manager.query(
      `SELECT id, group_id, name, price_delta, translations FROM modifier_options WHERE group_id = ANY($1::uuid[]) AND is_available ORDER BY position, id`,
      [groupIds],
    )) as PublicOptionRow[];
  }

  /** Approved restaurants matching the query (see publicRestaurantsSql): one page when `paged`, else every match. */
  async listed(query: PublicRestaurantsQuery, paged: boolean): Promise<ListedRestaurantRow[]> {
    const { sql, params } = publicRestaurantsSql(query, paged);
    return (await this.tx.manager.query(sql, params)) as ListedRestaurantRow[];
  }
}
