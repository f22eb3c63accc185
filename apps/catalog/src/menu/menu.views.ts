import { CategoryView, MenuItemChanged, MenuItemView } from '@platter/contracts';
import { MenuCategory } from './menu-category.entity';
import { MenuItem } from './menu-item.entity';

export function toCategoryView(c: MenuCategory): CategoryView {
  return { id: c.id, restaurant_id: c.restaurant_id, name: c.name };
}

export function toMenuItemView(i: MenuItem): MenuItemView {
  return {
    id: i.id,
    restaurant_id: i.restaurant_id,
    category_id: i.category_id,
    name: i.name,
    description: i.description,
    price: i.price,
    currency: i.currency,
    is_available: i.is_available,
  };
}

/** The `menu.item-changed` payload: the item as other services (ordering's menu copy) need it. */
export function toMenuItemChanged(i: MenuItem): MenuItemChanged {
  return {
    item_id: i.id,
    restaurant_id: i.restaurant_id,
    name: i.name,
    price: i.price,
    currency: i.currency,
    is_available: i.is_available,
    category_id: i.category_id,
    deleted: i.deleted_at !== null,
  };
}
