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
    created_at: r.created_at.toISOString(),
  };
}
