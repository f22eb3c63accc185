import type { CategoryView, MenuItemView } from './catalog';

// Menus in full: the shapes of /restaurant/menu*, shared by the gateway and catalog.
// Money is an integer in the currency's minor unit.

export const MENU_LANGUAGES = ['en', 'fr'] as const;
export type MenuLanguage = (typeof MENU_LANGUAGES)[number];
export interface MenuTranslation {
  name?: string;
  description?: string;
}
/** {"en": {"name": ...}, "fr": {...}}: a language the restaurant did not give is missing. */
export type MenuTranslations = Partial<Record<MenuLanguage, MenuTranslation>>;

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
/** A window in the restaurant's local time, e.g. breakfast {"days": ["mon"], "from": "06:00", "to": "11:00"}. */
export interface AvailabilityWindow {
  days: Weekday[];
  from: string;
  to: string;
}

export interface VariantData {
  name: string;
  /** Absolute price of this variant, not a delta. */
  price: number;
  translations?: MenuTranslations;
}
export interface ModifierOptionData {
  name: string;
  price_delta: number;
  is_available?: boolean;
  translations?: MenuTranslations;
}
export interface ModifierGroupData {
  name: string;
  min_choices: number;
  max_choices: number;
  options: ModifierOptionData[];
  translations?: MenuTranslations;
}

export interface VariantView extends Required<Omit<VariantData, 'translations'>> {
  id: string;
  position: number;
  translations: MenuTranslations;
}
export interface ModifierOptionView {
  id: string;
  name: string;
  price_delta: number;
  is_available: boolean;
  position: number;
  translations: MenuTranslations;
}
export interface ModifierGroupView {
  id: string;
  name: string;
  min_choices: number;
  max_choices: number;
  position: number;
  translations: MenuTranslations;
  options: ModifierOptionView[];
}

/** The item fields an owner sets (create, update, import). */
export interface MenuItemDetailsData {
  description?: string;
  is_available?: boolean;
  images?: string[];
  allergens?: string[];
  dietary_tags?: string[];
  prep_time_minutes?: number | null;
  translations?: MenuTranslations;
  stock_quantity?: number | null;
  availability_schedule?: AvailabilityWindow[] | null;
  variants?: VariantData[];
  modifier_groups?: ModifierGroupData[];
}
export interface UpdateMenuItemData extends MenuItemDetailsData {
  id: string;
  name?: string;
  price?: number;
  category_id?: string | null;
}
export interface SetItemAvailabilityData {
  id: string;
  is_available: boolean;
}
export interface UpdateCategoryData {
  id: string;
  name?: string;
  translations?: MenuTranslations;
  availability_schedule?: AvailabilityWindow[] | null;
}
export interface ReorderCategoriesData {
  /** Every category of the restaurant, in the new order. */
  category_ids: string[];
}
/** Either `prices` (set each item's price) or `percent` applied to `item_ids` / `category_id` / everything. */
export interface BulkPriceData {
  prices?: Array<{ item_id: string; price: number }>;
  percent?: number;
  item_ids?: string[];
  category_id?: string;
}
export interface MenuImportData {
  categories: Array<{
    name: string;
    translations?: MenuTranslations;
    availability_schedule?: AvailabilityWindow[] | null;
    items: Array<MenuItemDetailsData & { name: string; price: number }>;
  }>;
}
export interface MenuImportResult {
  categories_created: number;
  items_created: number;
}

// The /products routes speak camelCase at the edge; the gateway translates them onto the menu's
// own vocabulary below, which is all catalog speaks.

/** A menu item as a flat list shows it: its category by name, and when it was created and changed. */
export interface MenuItemListing {
  id: string;
  restaurant_id: string;
  name: string;
  description: string | null;
  /** Minor units of `currency` (an integer: a decimal price does not fit XAF). */
  price: number;
  currency: string;
  category_name: string | null;
  images: string[];
  /** null: the restaurant does not count this item's stock. */
  stock_quantity: number | null;
  /** Units ordered so far. */
  order_count: number;
  is_available: boolean;
  created_at: string;
  updated_at: string;
}
/** An item's fields with its category given by name (a new name creates the category; null: none). */
export interface NamedCategoryItemData {
  name?: string;
  description?: string;
  price?: number;
  category_name?: string | null;
  stock_quantity?: number | null;
  /** Replaces the item's first image; null removes it. */
  main_image?: string | null;
  is_available?: boolean;
}
export interface CreateNamedCategoryItemData extends NamedCategoryItemData {
  name: string;
  price: number;
}
export interface UpdateNamedCategoryItemData extends NamedCategoryItemData {
  id: string;
}
/** The menu's live items, a page at a time, by category name, availability and name search. */
export interface ListMenuItemsData {
  page: number;
  limit: number;
  category_name?: string;
  is_available?: boolean;
  search?: string;
  /** Admins only: one restaurant's items (they read every restaurant's otherwise). */
  restaurant_id?: string;
}

/** GET/POST/PUT /products: a menu item under the names those routes use (camelCase). */
export interface ProductView {
  id: string;
  restaurantId: string;
  name: string;
  description: string | null;
  /** Minor units of `currency` (an integer: a decimal price does not fit XAF). */
  price: number;
  currency: string;
  category: string | null;
  imageUrl: string | null;
  /** null: the restaurant does not count this item's stock. */
  stockQuantity: number | null;
  salesCount: number;
  isActive: boolean;
  createdAt: string;
  updatedAt: string;
}
export interface ListProductsData {
  page: number;
  limit: number;
  category?: string;
  isActive?: boolean;
  search?: string;
  /** Admins only: one restaurant's products. */
  restaurantId?: string;
}
export interface ProductData {
  name?: string;
  description?: string;
  price?: number;
  category?: string | null;
  stockQuantity?: number | null;
  imageUrl?: string | null;
  isActive?: boolean;
}
export interface CreateProductData extends ProductData {
  name: string;
  price: number;
}

/** GET /restaurant/menu: the whole menu as the team edits it (unavailable items included). */
export interface RestaurantMenu {
  categories: Array<CategoryView & { items: MenuItemView[] }>;
  uncategorized: MenuItemView[];
}
