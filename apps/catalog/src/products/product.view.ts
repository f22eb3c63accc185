import { ProductView } from '@platter/contracts';
import { MenuItem } from '../menu/menu-item.entity';

/**
 * A menu item as a /products product (camelCase): category by name, the first image as imageUrl, availability as
 * isActive, units ordered so far as salesCount; price stays in the currency's minor unit.
 */
export function toProductView(item: MenuItem, categoryName: string | null): ProductView {
  return {
    id: item.id,
    restaurantId: item.restaurant_id,
    name: item.name,
    description: item.description,
    price: item.price,
    currency: item.currency,
    category: categoryName,
    imageUrl: item.images[0] ?? null,
    stockQuantity: item.stock_quantity,
    salesCount: item.order_count,
    isActive: item.is_available,
    createdAt: item.created_at.toISOString(),
    updatedAt: item.updated_at.toISOString(),
  };
}
