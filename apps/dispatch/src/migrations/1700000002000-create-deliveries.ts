import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateDeliveries1700000002000 implements MigrationInterface {
  name = 'CreateDeliveries1700000002000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE deliveries (
        id uuid PRIMARY KEY,
        order_id uuid NOT NULL UNIQUE,
        restaurant_id uuid NOT NULL,
        customer_id uuid,
        status text NOT NULL CHECK (status IN ('awaiting_pickup_ready', 'cancelled')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX deliveries_status ON deliveries (status, created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE deliveries`);
  }
}
