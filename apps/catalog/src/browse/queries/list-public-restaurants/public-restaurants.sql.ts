import type { BrowseSort, PublicRestaurantsQuery } from '@platter/contracts';

export interface SqlQuery {
  sql: string;
  params: unknown[];
}

/** Haversine distance in km (mean Earth radius 6371 km) from the point in $lat/$lng to the restaurant. */
function distanceKm(lat: string, lng: string): string {
  return `2 * 6371.0 * asin(least(1.0, sqrt(
      power(sin(radians(r.latitude::double precision - ${lat}) / 2), 2)
      + cos(radians(${lat})) * cos(radians(r.latitude::double precision))
        * power(sin(radians(r.longitude::double precision - ${lng}) / 2), 2))))`;
}

/** The sort a query gets when it names none: best match first when searching, then nearest, then by name. */
export function effectiveSort(query: Pick<PublicRestaurantsQuery, 'q' | 'sort' | 'lat' | 'lng'>): BrowseSort {
  if (query.sort) return query.sort;
  if (query.q) return 'relevance';
  if (query.lat !== undefined && query.lng !== undefined) return 'distance';
  return 'name';
}

const ORDER_BY: Record<BrowseSort, string> = {
  relevance: 'relevance DESC, r.name, r.id',
  distance: 'distance_km ASC NULLS LAST, r.name, r.id',
  rating: 'r.rating DESC NULLS LAST, r.rating_count DESC, r.name, r.id',
  name: 'r.name, r.id',
};

/**
 * Approved restaurants matching the filters, in the query's order. With `paged` the page is cut in
 * SQL (LIMIT/OFFSET, the total from a window count); without, every match comes back, for filters
 * that only code can apply (open now, read from each restaurant's hours in its own timezone).
 *
 * Search: `search_text` folds case and accents on both sides, and pg_trgm's word similarity
 * (`<%`, threshold pg_trgm.word_similarity_threshold, 0.6 by default) forgives typos within a word of
 * the restaurant's name or of one of its dishes' names ("ndolle" finds "Ndolé aux crevettes").
 */
export function publicRestaurantsSql(query: PublicRestaurantsQuery, paged: boolean): SqlQuery {
  const params: unknown[] = [];
  const param = (value: unknown): string => {
    params.push(value);
    return `$${params.length}`;
  };
  const where = [`r.status = 'approved'`];
  let distance = 'NULL::double precision';
  let relevance = '0::real';

  if (query.lat !== undefined && query.lng !== undefined) {
    const lat = `${param(query.lat)}::double precision`;
    const lng = `${param(query.lng)}::double precision`;
    distance = `CASE WHEN r.latitude IS NULL OR r.longitude IS NULL THEN NULL ELSE ${distanceKm(lat, lng)} END`;
    if (query.delivers) {
      where.push(`EXISTS (SELECT 1 FROM delivery_zones z WHERE z.restaurant_id = r.id AND z.is_active AND zone_covers(z, ${lat}, ${lng}))`);
    }
  }
  if (query.cuisine?.length) {
    where.push(`EXISTS (SELECT 1 FROM unnest(r.cuisine_tags) AS tag WHERE lower(tag) = ANY(${param(query.cuisine.map((c) => c.toLowerCase()))}::text[]))`);
  }
  if (query.q) {
    const term = `search_text(${param(query.q)}::text)`;
    const dishes = `FROM menu_items i WHERE i.restaurant_id = r.id AND i.deleted_at IS NULL AND i.is_available`;
    where.push(`(${term} OPERATOR(extensions.<%) search_text(r.name)
      OR EXISTS (SELECT 1 ${dishes} AND ${term} OPERATOR(extensions.<%) search_text(i.name)))`);
    // A dish match ranks a little below the same match on the restaurant's own name.
    relevance = `greatest(extensions.word_similarity(${term}, search_text(r.name)),
      0.9 * coalesce((SELECT max(extensions.word_similarity(${term}, search_text(i.name))) ${dishes}), 0))`;
  }

  const pagination = paged ? `LIMIT ${param(query.limit)} OFFSET ${param((query.page - 1) * query.limit)}` : '';
  const sql = `
    SELECT r.id, r.slug, r.name, r.description, r.address, r.latitude, r.longitude, r.cuisine_tags,
           r.rating, r.rating_count, r.currency, r.timezone, r.opening_hours, r.hours_exceptions, r.translations,
           ${distance} AS distance_km, ${relevance} AS relevance, count(*) OVER () AS total
    FROM restaurants r
    WHERE ${where.join('\n      AND ')}
    ORDER BY ${ORDER_BY[effectiveSort(query)]}
    ${pagination}`;
  return { sql, params };
}
