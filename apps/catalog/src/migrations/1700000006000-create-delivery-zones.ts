import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Delivery zones and `zone_covers(zone, lat, lng)`, the SQL twin of the pure `zoneCovers` in
 * libs/contracts/src/geo/delivery-zone-geometry.ts (both must agree: zone-covers.medium-spec.ts runs one table of cases
 * against both). Browse filters "delivers to this point" with it, so it lives in the database.
 */
export class CreateDeliveryZones1700000006000 implements MigrationInterface {
  name = 'CreateDeliveryZones1700000006000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE delivery_zones (
        id uuid PRIMARY KEY,
        restaurant_id uuid NOT NULL REFERENCES restaurants (id),
        name text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('radius', 'polygon')),
        center_lat double precision,
        center_lng double precision,
        radius_km double precision CHECK (radius_km > 0),
        polygon jsonb,
        delivery_fee integer NOT NULL CHECK (delivery_fee >= 0),
        minimum_order integer NOT NULL DEFAULT 0 CHECK (minimum_order >= 0),
        estimated_minutes integer NOT NULL CHECK (estimated_minutes > 0),
        is_active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT delivery_zones_shape CHECK (
          (kind = 'radius' AND center_lat IS NOT NULL AND center_lng IS NOT NULL AND radius_km IS NOT NULL AND polygon IS NULL)
          OR (kind = 'polygon' AND polygon IS NOT NULL AND jsonb_typeof(polygon) = 'array'
              AND center_lat IS NULL AND center_lng IS NULL AND radius_km IS NULL)
        )
      )`);
    await q.query(`CREATE INDEX delivery_zones_restaurant ON delivery_zones (restaurant_id) WHERE is_active`);
    // Radius: haversine distance in km (mean Earth radius 6371 km) <= radius_km.
    // Polygon: ray casting over [[lng, lat], ...]; edge i joins point i to point (i + 1) mod n, so an
    // explicitly closed ring (last = first) only adds a zero-length edge, which never crosses the ray.
    // A point exactly on an edge may fall either way.
    await q.query(`
      CREATE FUNCTION zone_covers(z delivery_zones, lat double precision, lng double precision)
      RETURNS boolean LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $fn$
        SELECT CASE z.kind
          WHEN 'radius' THEN
            2 * 6371.0 * asin(least(1.0, sqrt(
              power(sin(radians(lat - z.center_lat) / 2), 2)
              + cos(radians(z.center_lat)) * cos(radians(lat)) * power(sin(radians(lng - z.center_lng) / 2), 2)
            ))) <= z.radius_km
          WHEN 'polygon' THEN (
            -- Nested CASE, not AND: SQL does not promise to skip the division for horizontal edges.
            SELECT coalesce(sum(
                     CASE WHEN (edge.yi > lat) <> (edge.yj > lat) THEN
                       CASE WHEN lng < (edge.xj - edge.xi) * (lat - edge.yi) / (edge.yj - edge.yi) + edge.xi THEN 1 ELSE 0 END
                     ELSE 0 END) % 2 = 1, false)
            FROM (
              SELECT (vertex.point ->> 0)::double precision AS xi,
                     (vertex.point ->> 1)::double precision AS yi,
                     (z.polygon -> (vertex.n::int % jsonb_array_length(z.polygon)) ->> 0)::double precision AS xj,
                     (z.polygon -> (vertex.n::int % jsonb_array_length(z.polygon)) ->> 1)::double precision AS yj
              FROM jsonb_array_elements(z.polygon) WITH ORDINALITY AS vertex (point, n)
            ) AS edge
          )
          ELSE false
        END
      $fn$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION zone_covers(delivery_zones, double precision, double precision)`);
    await q.query(`DROP TABLE delivery_zones`);
  }
}
