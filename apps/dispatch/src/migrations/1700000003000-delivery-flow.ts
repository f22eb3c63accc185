import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The minimum driver flow: a delivery is offered once its order is ready, accepted by one
 * driver, picked up, in transit, delivered with the customer's code; drivers keep their name
 * (for driver_assigned) and latest position; each delivery keeps its driver's trail.
 */
export class DeliveryFlow1700000003000 implements MigrationInterface {
  name = 'DeliveryFlow1700000003000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE drivers
        ADD COLUMN name text,
        ADD COLUMN last_heading double precision,
        ADD COLUMN last_speed double precision,
        ADD COLUMN last_located_at timestamptz,
        ADD COLUMN location_published_at timestamptz`);
    await q.query(`ALTER TABLE deliveries DROP CONSTRAINT IF EXISTS deliveries_status_check`);
    await q.query(`
      ALTER TABLE deliveries ADD CONSTRAINT deliveries_status_check
        CHECK (status IN ('awaiting_pickup_ready', 'available', 'assigned', 'picked_up', 'in_transit', 'delivered', 'cancelled'))`);
    await q.query(`
      ALTER TABLE deliveries
        ADD COLUMN order_number text,
        ADD COLUMN driver_id uuid REFERENCES drivers (id),
        ADD COLUMN delivery_code text,
        ADD COLUMN delivery_fee integer,
        ADD COLUMN address text,
        ADD COLUMN dest_lat double precision,
        ADD COLUMN dest_lng double precision,
        ADD COLUMN wrong_code_attempts integer NOT NULL DEFAULT 0,
        ADD COLUMN available_at timestamptz,
        ADD COLUMN assigned_at timestamptz,
        ADD COLUMN picked_up_at timestamptz,
        ADD COLUMN in_transit_at timestamptz,
        ADD COLUMN delivered_at timestamptz,
        ADD COLUMN cancelled_at timestamptz`);
    await q.query(`CREATE INDEX deliveries_driver ON deliveries (driver_id, status)`);
    await q.query(`CREATE INDEX deliveries_available ON deliveries (available_at) WHERE status = 'available'`);
    await q.query(`
      CREATE TABLE delivery_locations (
        id bigserial PRIMARY KEY,
        delivery_id uuid NOT NULL REFERENCES deliveries (id),
        driver_id uuid NOT NULL,
        lat double precision NOT NULL,
        lng double precision NOT NULL,
        heading double precision,
        speed double precision,
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX delivery_locations_trail ON delivery_locations (delivery_id, recorded_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE delivery_locations`);
    await q.query(`DELETE FROM deliveries WHERE status NOT IN ('awaiting_pickup_ready', 'cancelled')`);
    await q.query(`
      ALTER TABLE deliveries
        DROP COLUMN order_number, DROP COLUMN driver_id, DROP COLUMN delivery_code, DROP COLUMN delivery_fee, DROP COLUMN address,
        DROP COLUMN dest_lat, DROP COLUMN dest_lng, DROP COLUMN wrong_code_attempts, DROP COLUMN available_at, DROP COLUMN assigned_at,
        DROP COLUMN picked_up_at, DROP COLUMN in_transit_at, DROP COLUMN delivered_at, DROP COLUMN cancelled_at`);
    await q.query(`ALTER TABLE deliveries DROP CONSTRAINT IF EXISTS deliveries_status_check`);
    await q.query(`ALTER TABLE deliveries ADD CONSTRAINT deliveries_status_check CHECK (status IN ('awaiting_pickup_ready', 'cancelled'))`);
    await q.query(`ALTER TABLE drivers DROP COLUMN name, DROP COLUMN last_heading, DROP COLUMN last_speed, DROP COLUMN last_located_at, DROP COLUMN location_published_at`);
  }
}
