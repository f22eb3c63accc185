import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { MenuItemDetailsRequest, MenuItemView, MenuTranslations, NotFoundError, TranslationsRequest, ValidationFailedError } from '@platter/contracts';
import { EventPublisher } from '@platter/messaging';
import { MenuCategoryRepository } from './menu-category.repository';
import { MenuItem } from './menu-item.entity';
import { MenuItemRepository } from './menu-item.repository';
import { ItemDetails, NO_DETAILS, toMenuItemChanged, toMenuItemView } from './menu.views';

/**
 * What every menu command does to an item: copy the owner's fields onto it, replace its variants
 * and modifier groups, and announce it (menu.item-changed) in the caller's transaction.
 */
@Injectable()
export class MenuItemWriter {
  constructor(
    private readonly items: MenuItemRepository,
    private readonly categories: MenuCategoryRepository,
    private readonly events: EventPublisher,
  ) {}

  /** The restaurant's item (not deleted), locked for the rest of the transaction; NOT_FOUND otherwise. */
  async requireItem(restaurantId: string, itemId: string): Promise<MenuItem> {
    const item = await this.items.lockLive(restaurantId, itemId);
    if (!item) throw new NotFoundError('Menu item');
    return item;
  }

  /** VALIDATION_ERROR unless the category is one of this restaurant's. */
  async requireOwnCategory(restaurantId: string, categoryId: string, field = 'category_id'): Promise<void> {
    const own = await this.categories.isOfRestaurant(restaurantId, categoryId);
    if (!own) throw new ValidationFailedError([{ field, message: `${field} must be a category of your restaurant` }]);
  }

  /** Copies the fields the request gives onto the item (a missing field keeps its value; null clears). */
  applyDetails(item: MenuItem, data: MenuItemDetailsRequest): void {
    if (data.description !== undefined) item.description = data.description ?? null;
    if (data.is_available !== undefined && data.is_available !== null) item.is_available = data.is_available;
    if (data.images !== undefined) item.images = data.images ?? [];
    if (data.allergens !== undefined) item.allergens = normalizedTags(data.allergens ?? []);
    if (data.dietary_tags !== undefined) item.dietary_tags = normalizedTags(data.dietary_tags ?? []);
    if (data.prep_time_minutes !== undefined) item.prep_time_minutes = data.prep_time_minutes ?? null;
    if (data.translations !== undefined) item.translations = cleanTranslations(data.translations);
    if (data.stock_quantity !== undefined) item.stock_quantity = data.stock_quantity ?? null;
    if (data.availability_schedule !== undefined) item.availability_schedule = data.availability_schedule?.length ? data.availability_schedule : null;
  }

  /** Replaces the item's variants and/or modifier groups when the request gives them. */
  async replaceChildren(itemId: string, data: Pick<MenuItemDetailsRequest, 'variants' | 'modifier_groups'>): Promise<void> {
    if (data.variants) {
      await this.items.replaceVariants(itemId, data.variants.map((v, position) => ({
        id: randomUUID(), item_id: itemId, name: v.name.trim(), price: v.price, position, translations: cleanTranslations(v.translations),
      })));
    }
    if (data.modifier_groups) {
      await this.items.replaceModifierGroups(itemId, data.modifier_groups.map((g, position) => {
        const groupId = randomUUID();
        return {
          group: {
            id: groupId, item_id: itemId, name: g.name.trim(), min_choices: g.min_choices, max_choices: g.max_choices, position,
            translations: cleanTranslations(g.translations),
          },
          options: g.options.map((o, optionPosition) => ({
            id: randomUUID(), group_id: groupId, name: o.name.trim(), price_delta: o.price_delta, is_available: o.is_available ?? true,
            position: optionPosition, translations: cleanTranslations(o.translations),
          })),
        };
      }));
    }
  }

  /** Variants and modifier groups of the given items, in display order. */
  async details(itemIds: readonly string[]): Promise<Map<string, ItemDetails>> {
    const out = new Map<string, ItemDetails>(itemIds.map((id) => [id, { variants: [], modifier_groups: [] }]));
    if (!itemIds.length) return out;
    const [variants, groups] = await Promise.all([
      this.items.variantsOf(itemIds),
      this.items.modifierGroupsOf(itemIds),
    ]);
    const options = groups.length
      ? await this.items.modifierOptionsOf(groups.map((g) => g.id))
      : [];
    for (const v of variants) {
      out.get(v.item_id)?.variants.push({ id: v.id, name: v.name, price: v.price, position: v.position, translations: v.translations });
    }
    for (const g of groups) {
      out.get(g.item_id)?.modifier_groups.push({
        id: g.id, name: g.name, min_choices: g.min_choices, max_choices: g.max_choices, position: g.position, translations: g.translations,
        options: options.filter((o) => o.group_id === g.id).map((o) => ({
          id: o.id, name: o.name, price_delta: o.price_delta, is_available: o.is_available, position: o.position, translations: o.translations,
        })),
      });
    }
    return out;
  }

  /** Publishes menu.item-changed for the item as it now is (must run inside tx.run) and returns its view. */
  async announce(item: MenuItem): Promise<MenuItemView> {
    const details = (await this.details([item.id])).get(item.id) ?? NO_DETAILS;
    const category = item.category_id ? await this.categories.find(item.category_id) : null;
    await this.events.publish('menu.item-changed', toMenuItemChanged(item, details, category?.availability_schedule ?? null));
    return toMenuItemView(item, details);
  }
}

function normalizedTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((t) => t.trim().toLowerCase()).filter(Boolean))];
}

/** Only the languages menus support (en, fr), without empty entries. */
export function cleanTranslations(translations: TranslationsRequest | MenuTranslations | undefined | null): MenuTranslations {
  const out: MenuTranslations = {};
  for (const language of ['en', 'fr'] as const) {
    const t = translations?.[language];
    if (t && (t.name || t.description)) out[language] = { ...(t.name ? { name: t.name } : {}), ...(t.description ? { description: t.description } : {}) };
  }
  return out;
}
