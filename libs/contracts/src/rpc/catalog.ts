import type { AvailabilityWindow, MenuItemDetailsData, MenuTranslations, ModifierGroupView, VariantView } from './menu';
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
  slug: string;
  cuisine_tags: string[];
  /** IANA zone the opening hours are read in. */
  timezone: string;
  /** Local "HH:MM" ranges per weekday (sun..sat); a missing day is closed; an end before the start runs past midnight. */
  opening_hours: Partial<Record<'sun' | 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat', Array<[string, string]>>>;
  /** Dates whose hours replace the weekday's (holidays); no ranges = closed. */
  hours_exceptions: Array<{ date: string; hours: Array<[string, string]> }>;
  subscription_plan: 'basic' | 'premium' | 'enterprise';
  /** The admin's reason when rejected or suspended. */
  rejection_reason: string | null;
  reviewed_at: string | null;
  rating: number | null;
  rating_count: number;
  translations: Partial<Record<'en' | 'fr', { name?: string; description?: string }>>;
  created_at: string;
}

/** PUT /restaurant/profile: every field optional; a slug clash is 409. */
export interface UpdateRestaurantProfileData {
  name?: string;
  slug?: string;
  description?: string | null;
  address?: string;
  latitude?: number | null;
  longitude?: number | null;
  phone?: string | null;
  email?: string | null;
  cuisine_tags?: string[];
  timezone?: string;
  opening_hours?: RestaurantView['opening_hours'];
  hours_exceptions?: RestaurantView['hours_exceptions'];
  currency?: string;
  translations?: RestaurantView['translations'];
}

export interface RestaurantReviewData {
  id: string;
  reason: string;
}

export interface AdminRestaurantsQuery {
  page: number;
  limit: number;
  status?: RestaurantView['status'];
}

export interface RestaurantDocumentView {
  id: string;
  restaurant_id: string;
  kind: string;
  file_name: string;
  content_type: string;
  size_bytes: number;
  created_at: string;
}

/** A KYC document upload: the gateway forwards the bytes (base64) of a file within the size limit. */
export interface UploadRestaurantDocumentData {
  kind: string;
  file_name: string;
  content_base64: string;
}

/** An admin reads one document of one restaurant. */
export interface RestaurantDocumentRef {
  restaurant_id: string;
  document_id: string;
}

export interface AdminRestaurantDetail {
  restaurant: RestaurantView;
  documents: RestaurantDocumentView[];
}

export interface RestaurantDocumentContent {
  document: RestaurantDocumentView;
  content_base64: string;
}

export interface SubscriptionPlanView {
  plan: RestaurantView['subscription_plan'];
  commission_rate: number;
  monthly_price: number;
  currency: string;
}

export interface RestaurantSubscriptionView {
  restaurant_id: string;
  plan: RestaurantView['subscription_plan'];
  commission_rate: number;
  monthly_price: number;
  currency: string;
  /** A cheaper-commission plan asked for, waiting for an admin to confirm it has been paid. */
  requested_plan: RestaurantView['subscription_plan'] | null;
}

/** An owner asks for another plan; a cheaper-commission one waits for an admin's confirmation. */
export interface ChangePlanData {
  plan: RestaurantView['subscription_plan'];
}

export interface CreateCategoryData {
  name: string;
  translations?: MenuTranslations;
  availability_schedule?: AvailabilityWindow[] | null;
}
export interface CategoryView {
  id: string;
  restaurant_id: string;
  name: string;
  position: number;
  translations: MenuTranslations;
  availability_schedule: AvailabilityWindow[] | null;
}

export interface CreateMenuItemData extends MenuItemDetailsData {
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
  images: string[];
  allergens: string[];
  dietary_tags: string[];
  prep_time_minutes: number | null;
  translations: MenuTranslations;
  stock_quantity: number | null;
  availability_schedule: AvailabilityWindow[] | null;
  /** Units ordered so far (the /products routes' salesCount). */
  order_count: number;
  variants: VariantView[];
  modifier_groups: ModifierGroupView[];
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
