import type { MenuLanguage, MenuTranslations, PublicRestaurantDetail, PublicRestaurantSummary } from '@platter/contracts';
import { isOpenAt, type HoursException, type WeeklyHours } from '@platter/contracts';
import { localize } from './localize';

/** A restaurant as the browse queries select it (numeric columns arrive as strings from pg). */
export interface PublicRestaurantRow {
  id: string;
  slug: string;
  name: string;
  description: string | null;
  address: string;
  latitude: string | number | null;
  longitude: string | number | null;
  cuisine_tags: string[];
  rating: string | number | null;
  rating_count: number;
  currency: string;
  timezone: string;
  opening_hours: WeeklyHours;
  hours_exceptions: HoursException[];
  translations: MenuTranslations;
  phone?: string | null;
  email?: string | null;
  created_at?: Date | string;
  distance_km?: number | null;
}

function numberOrNull(value: string | number | null | undefined): number | null {
  return value === null || value === undefined ? null : Number(value);
}

export function toPublicSummary(row: PublicRestaurantRow, lang: MenuLanguage | undefined, now: Date): PublicRestaurantSummary {
  const text = localize({ name: row.name, description: row.description }, row.translations, lang);
  return {
    id: row.id,
    slug: row.slug,
    name: text.name,
    description: text.description,
    address: row.address,
    latitude: numberOrNull(row.latitude),
    longitude: numberOrNull(row.longitude),
    cuisine_tags: row.cuisine_tags,
    rating: numberOrNull(row.rating),
    rating_count: row.rating_count,
    currency: row.currency.trim(),
    is_open_now: isOpenAt(row, now),
    distance_km: row.distance_km === null || row.distance_km === undefined ? null : Math.round(Number(row.distance_km) * 100) / 100,
  };
}

export function toPublicDetail(row: PublicRestaurantRow, lang: MenuLanguage | undefined, now: Date): PublicRestaurantDetail {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { distance_km, ...summary } = toPublicSummary(row, lang, now);
  return {
    ...summary,
    phone: row.phone ?? null,
    email: row.email ?? null,
    timezone: row.timezone,
    opening_hours: row.opening_hours,
    hours_exceptions: row.hours_exceptions,
    created_at: new Date(row.created_at ?? 0).toISOString(),
  };
}
