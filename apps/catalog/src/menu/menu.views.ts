import { CategoryView, MenuItemChanged, MenuItemView, MenuTranslations, ModifierGroupView, VariantView } from '@platter/contracts';
import { MenuCategory } from './menu-category.entity';
import { MenuItem } from './menu-item.entity';

/** An item's variants and modifier groups (with their options), in display order. */
export interface ItemDetails {
  variants: VariantView[];
  modifier_groups: ModifierGroupView[];
}
export const NO_DETAILS: ItemDetails = { variants: [], modifier_groups: [] };

export function toCategoryView(c: MenuCategory): CategoryView {
  return {
    id: c.id,
    restaurant_id: c.restaurant_id,
    name: c.name,
    position: c.position,
    translations: c.translations ?? {},
    availability_schedule: c.availability_schedule ?? null,
  };
}

export function toMenuItemView(i: MenuItem, details: ItemDetails = NO_DETAILS): MenuItemView {
  return {
    id: i.id,
    restaurant_id: i.restaurant_id,
    category_id: i.category_id,
    name: i.name,
    description: i.description,
    price: i.price,
    currency: i.currency,
    is_available: i.is_available,
    images: i.images ?? [],
    allergens: i.allergens ?? [],
    dietary_tags: i.dietary_tags ?? [],
    prep_time_minutes: i.prep_time_minutes ?? null,
    translations: i.translations ?? ({} as MenuTranslations),
    stock_quantity: i.stock_quantity ?? null,
    availability_schedule: i.availability_schedule ?? null,
    order_count: i.order_count,
    variants: details.variants,
    modifier_groups: details.modifier_groups,
  };
}

/**
 * The `menu.item-changed` payload: the item as other services (ordering's menu copy) need it. With
 * `details`, it also carries the variants, modifier groups and the schedule that applies (the item's
 * own, else its category's); without, those fields are left out and consumers keep what they had.
 */
export function toMenuItemChanged(i: MenuItem, details?: ItemDetails, categorySchedule: MenuCategory['availability_schedule'] = null): MenuItemChanged {
  const base: MenuItemChanged = {
    item_id: i.id,
    restaurant_id: i.restaurant_id,
    name: i.name,
    price: i.price,
    currency: i.currency,
    // Sold out is unavailable to ordering too, whatever the toggle says (the public menu hides it alike).
    is_available: i.is_available && (i.stock_quantity === null || i.stock_quantity === undefined || i.stock_quantity > 0),
    category_id: i.category_id,
    deleted: i.deleted_at !== null,
  };
  if (!details) return base;
  return {
    ...base,
    variants: details.variants.map((v) => ({ id: v.id, name: v.name, price: v.price })),
    modifier_groups: details.modifier_groups.map((g) => ({
      id: g.id,
      name: g.name,
      min_choices: g.min_choices,
      max_choices: g.max_choices,
      options: g.options.map((o) => ({ id: o.id, name: o.name, price_delta: o.price_delta, is_available: o.is_available })),
    })),
    availability_schedule: i.availability_schedule ?? categorySchedule ?? null,
  };
}
