import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Assignment: offers to one driver at a time (delivery_offers), the restaurants' positions
 * and preparation times (restaurant_sites, from catalog's and kitchen's events), and on each delivery
 * what the offer engine and the routes need.
 */
export class Assignment1700000006000 implements MigrationInterface {
  name = 'Assignment1700000006000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE restaurant_sites (
        restaurant_id uuid PRIMARY KEY,
        owner_id uuid,
        name text,
        lat double precision,
        lng double precision,
        preparation_minutes integer,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX restaurant_sites_owner ON restaurant_sites (owner_id)`);
    await q.query(`
      ALTER TABLE deliveries
        ADD COLUMN restaurant_owner_id uuid,
        ADD COLUMN pickup_lat double precision,
        ADD COLUMN pickup_lng double precision,
        ADD COLUMN expected_ready_at timestamptz,
        ADD COLUMN order_ready_at timestamptz,
        ADD COLUMN announced_driver_id uuid,
        ADD COLUMN seeking_since timestamptz,
        ADD COLUMN offer_round integer NOT NULL DEFAULT 0,
        ADD COLUMN round_exhausted_at timestamptz,
        ADD COLUMN next_offer_at timestamptz,
        ADD COLUMN flagged_at timestamptz,
        ADD COLUMN route_leg text CHECK (route_leg IN ('to_pickup', 'to_dropoff')),
        ADD COLUMN route_distance_km double precision,
        ADD COLUMN route_eta_at timestamptz,
        ADD COLUMN estimated_delivery_at timestamptz`);
    // Already ready and waiting (before this migration): ready since they became available.
    await q.query(`UPDATE deliveries SET order_ready_at = available_at, seeking_since = available_at WHERE status = 'available'`);
    await q.query(`UPDATE deliveries SET order_ready_at = COALESCE(available_at, assigned_at), announced_driver_id = driver_id WHERE status IN ('assigned', 'picked_up', 'in_transit', 'delivered')`);
    // What the sweeper looks for: deliveries without a driver that are, or will soon be, offered.
    await q.query(`CREATE INDEX deliveries_seeking ON deliveries (next_offer_at) WHERE driver_id IS NULL AND status IN ('available', 'awaiting_pickup_ready')`);
    await q.query(`CREATE INDEX deliveries_restaurant_active ON deliveries (restaurant_id, created_at) WHERE status NOT IN ('delivered', 'cancelled')`);
    await q.query(`
      CREATE TABLE delivery_offers (
        offer_id uuid PRIMARY KEY,
        delivery_id uuid NOT NULL REFERENCES deliveries (id),
        driver_id uuid NOT NULL REFERENCES drivers (id),
        round integer NOT NULL,
        status text NOT NULL CHECK (status IN ('open', 'accepted', 'declined', 'expired', 'withdrawn')),
        distance_km double precision,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        closed_at timestamptz
      )`);
    // One open offer per delivery, and one per driver: racing dispatchers cannot double-offer.
    await q.query(`CREATE UNIQUE INDEX delivery_offers_one_open_per_delivery ON delivery_offers (delivery_id) WHERE status = 'open'`);
    await q.query(`CREATE UNIQUE INDEX delivery_offers_one_open_per_driver ON delivery_offers (driver_id) WHERE status = 'open'`);
    await q.query(`CREATE INDEX delivery_offers_expiry ON delivery_offers (expires_at) WHERE status = 'open'`);
    await q.query(`CREATE INDEX delivery_offers_tried ON delivery_offers (delivery_id, round)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE delivery_offers`);
    await q.query(`DROP INDEX deliveries_seeking`);
    await q.query(`DROP INDEX deliveries_restaurant_active`);
    await q.query(`
      ALTER TABLE deliveries
        DROP COLUMN restaurant_owner_id, DROP COLUMN pickup_lat, DROP COLUMN pickup_lng, DROP COLUMN expected_ready_at, DROP COLUMN order_ready_at,
        DROP COLUMN announced_driver_id, DROP COLUMN seeking_since, DROP COLUMN offer_round, DROP COLUMN round_exhausted_at, DROP COLUMN next_offer_at,
        DROP COLUMN flagged_at, DROP COLUMN route_leg, DROP COLUMN route_distance_km, DROP COLUMN route_eta_at, DROP COLUMN estimated_delivery_at`);
    await q.query(`DROP TABLE restaurant_sites`);
  }
}
