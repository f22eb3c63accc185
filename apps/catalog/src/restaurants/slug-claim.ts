import { ConflictError } from '@platter/contracts';
import { RestaurantRepository } from './restaurant.repository';
import { slugify } from './domain/slug';

const UNIQUE_VIOLATION = '23505';

/** A free slug for a new restaurant: its name's, else with -2, -3, ... appended. */
export async function freeSlugFor(restaurants: RestaurantRepository, name: string): Promise<string> {
  const base = slugify(name);
  const taken = new Set(await restaurants.slugsLike(base));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** 409 when another restaurant already has `slug`. */
export async function assertSlugFree(restaurants: RestaurantRepository, slug: string, restaurantId: string): Promise<void> {
  if (await restaurants.slugTakenByAnother(slug, restaurantId)) throw slugTaken(slug);
}

export function slugTaken(slug: string): ConflictError {
  return new ConflictError(`The slug "${slug}" is already taken`);
}

/** Whether `err` is the unique index on slugs refusing a duplicate (a race the pre-check missed). */
export function isSlugClash(err: unknown): boolean {
  const e = err as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } };
  return (e?.driverError?.code ?? e?.code) === UNIQUE_VIOLATION && (e?.driverError?.constraint ?? e?.constraint) === 'restaurants_slug_unique';
}
