import { MenuItemListing } from '@platter/contracts';
import { MenuItem } from '../menu/menu-item.entity';

/** A menu item as a flat list shows it, its category by name. */
export function toMenuItemListing(item: MenuItem, categoryName: string | null): MenuItemListing {
  return {
    id: item.id,
    restaurant_id: item.restaurant_id,
    name: item.name,
    description: item.description,
    price: item.price,
    currency: item.currency,
    category_name: categoryName,
    images: item.images,
    stock_quantity: item.stock_quantity,
    order_count: item.order_count,
    is_available: item.is_available,
    created_at: item.created_at.toISOString(),
    updated_at: item.updated_at.toISOString(),
  };
}
