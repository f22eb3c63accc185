import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Ordering's copy of catalog's delivery zones (from delivery-zone.changed): a delivery order's address
 * must fall in one, and the cheapest covering one sets the fee and the minimum order. A deleted zone
 * stays as a tombstone (deleted = true) so an older, late event cannot bring it back.
 */
export class CreateDeliveryZoneReplicas1700000012000 implements MigrationInterface {
  name = 'CreateDeliveryZoneReplicas1700000012000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE delivery_zone_replicas (
        id uuid PRIMARY KEY,
        restaurant_id uuid NOT NULL,
        name text NOT NULL,
        kind text NOT NULL,
        center_lat double precision,
        center_lng double precision,
        radius_km double precision,
        polygon jsonb,
        delivery_fee integer NOT NULL CHECK (delivery_fee >= 0),
        minimum_order integer NOT NULL CHECK (minimum_order >= 0),
        estimated_minutes integer NOT NULL,
        is_active boolean NOT NULL,
        deleted boolean NOT NULL,
        source_occurred_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX delivery_zone_replicas_restaurant ON delivery_zone_replicas (restaurant_id) WHERE is_active AND NOT deleted`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE delivery_zone_replicas`);
  }
}
