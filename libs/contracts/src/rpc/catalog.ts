export interface CreateRestaurantData {
  name: string;
  description?: string;
  address: string;
  latitude?: number;
  longitude?: number;
  phone?: string;
  email?: string;
  currency?: string;
}

export interface RestaurantView {
  id: string;
  owner_id: string;
  name: string;
  description: string | null;
  address: string;
  latitude: number | null;
  longitude: number | null;
  phone: string | null;
  email: string | null;
  currency: string;
  commission_rate: number;
  status: 'pending' | 'approved' | 'suspended' | 'rejected';
  created_at: string;
}

export interface CreateCategoryData {
  name: string;
}
export interface CategoryView {
  id: string;
  restaurant_id: string;
  name: string;
}

export interface CreateMenuItemData {
  name: string;
  /** In the currency's minor unit (XAF has none). */
  price: number;
  category_id?: string;
  description?: string;
  is_available?: boolean;
}
export interface MenuItemView {
  id: string;
  restaurant_id: string;
  category_id: string | null;
  name: string;
  description: string | null;
  price: number;
  currency: string;
  is_available: boolean;
}

export interface IdData {
  id: string;
}
export interface PageQuery {
  page: number;
  limit: number;
}
export interface Page<T> {
  items: T[];
  pagination: { page: number; limit: number; total: number; totalPages: number };
}

export interface PublicMenu {
  restaurant: RestaurantView;
  categories: Array<CategoryView & { items: MenuItemView[] }>;
  uncategorized: MenuItemView[];
}
