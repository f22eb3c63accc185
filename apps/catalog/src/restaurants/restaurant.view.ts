import { RestaurantView } from '@platter/contracts';
import { Restaurant } from './restaurant.entity';

export function toRestaurantView(r: Restaurant): RestaurantView {
  return {
    id: r.id,
    owner_id: r.owner_id,
    name: r.name,
    description: r.description,
    address: r.address,
    latitude: r.latitude,
    longitude: r.longitude,
    phone: r.phone,
    email: r.email,
    currency: r.currency,
    commission_rate: r.commission_rate,
    status: r.status,
    slug: r.slug,
    cuisine_tags: r.cuisine_tags,
    timezone: r.timezone,
    opening_hours: r.opening_hours,
    hours_exceptions: r.hours_exceptions,
    subscription_plan: r.subscription_plan,
    rejection_reason: r.rejection_reason,
    reviewed_at: r.reviewed_at ? r.reviewed_at.toISOString() : null,
    rating: r.rating,
    rating_count: r.rating_count,
    translations: r.translations,
    created_at: r.created_at.toISOString(),
  };
}

/** What replicas keep of a restaurant (restaurant.updated). */
export function toRestaurantUpdated(r: Restaurant) {
  return {
    restaurant_id: r.id,
    name: r.name,
    slug: r.slug,
    currency: r.currency,
    commission_rate: r.commission_rate,
    latitude: r.latitude,
    longitude: r.longitude,
    timezone: r.timezone,
    opening_hours: r.opening_hours,
    hours_exceptions: r.hours_exceptions,
  };
}
