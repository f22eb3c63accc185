// Public browsing: what /public/restaurants* answer. Only approved restaurants exist here.
import type { AvailabilityWindow, MenuLanguage } from './menu';

export const BROWSE_SORTS = ['relevance', 'distance', 'rating', 'name'] as const;
export type BrowseSort = (typeof BROWSE_SORTS)[number];

/** GET /public/restaurants: every filter optional; `lat`/`lng` go together. */
export interface PublicRestaurantsQuery {
  page: number;
  limit: number;
  /** Fuzzy search over restaurant and dish names, accents and small typos forgiven. */
  q?: string;
  /** Any of these cuisine tags. */
  cuisine?: string[];
  open_now?: boolean;
  /** The customer's point: distances are measured from it. */
  lat?: number;
  lng?: number;
  /** With lat/lng: only restaurants with an active delivery zone covering the point. */
  delivers?: boolean;
  /** Default: relevance with `q`, otherwise distance with a point, otherwise name. */
  sort?: BrowseSort;
  lang?: MenuLanguage;
}

export interface PublicRestaurantSummary {
  id: string;
  slug: string;
  name: string;
  description: string | null;
  address: string;
  latitude: number | null;
  longitude: number | null;
  cuisine_tags: string[];
  rating: number | null;
  rating_count: number;
  currency: string;
  is_open_now: boolean;
  /** From the query's point, when it gave one. */
  distance_km: number | null;
}

export interface PublicRestaurantDetail extends Omit<PublicRestaurantSummary, 'distance_km'> {
  phone: string | null;
  email: string | null;
  timezone: string;
  opening_hours: Partial<Record<'sun' | 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat', Array<[string, string]>>>;
  hours_exceptions: Array<{ date: string; hours: Array<[string, string]> }>;
  created_at: string;
}

/** GET /public/restaurants/:id (a UUID or the restaurant's slug), and its /menu. */
export interface PublicRestaurantRef {
  id: string;
  lang?: MenuLanguage;
}

export interface PublicMenuOption {
  id: string;
  name: string;
  price_delta: number;
}
export interface PublicMenuModifierGroup {
  id: string;
  name: string;
  min_choices: number;
  max_choices: number;
  options: PublicMenuOption[];
}
export interface PublicMenuVariant {
  id: string;
  name: string;
  price: number;
}
export interface PublicMenuItem {
  id: string;
  category_id: string | null;
  name: string;
  description: string | null;
  price: number;
  currency: string;
  images: string[];
  allergens: string[];
  dietary_tags: string[];
  prep_time_minutes: number | null;
  /** null = whenever the restaurant is open. */
  availability_schedule: AvailabilityWindow[] | null;
  variants: PublicMenuVariant[];
  modifier_groups: PublicMenuModifierGroup[];
}
export interface PublicMenuCategory {
  id: string;
  name: string;
  position: number;
  availability_schedule: AvailabilityWindow[] | null;
  items: PublicMenuItem[];
}
/** What can be ordered now: unavailable, sold-out and out-of-schedule items are left out. */
export interface PublicMenuView {
  restaurant: PublicRestaurantDetail;
  /** The language asked for; texts the restaurant did not translate stay in their base language. */
  language: MenuLanguage | null;
  categories: PublicMenuCategory[];
  uncategorized: PublicMenuItem[];
}
