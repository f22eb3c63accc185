import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateTickets1700000001000 implements MigrationInterface {
  name = 'CreateTickets1700000001000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE tickets (
        id uuid PRIMARY KEY,
        order_id uuid NOT NULL UNIQUE,
        order_number text NOT NULL,
        restaurant_id uuid NOT NULL,
        restaurant_owner_id uuid NOT NULL,
        status text NOT NULL CHECK (status IN ('open', 'in_progress', 'done', 'void')),
        lines jsonb NOT NULL,
        delivery_type text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX tickets_restaurant_status ON tickets (restaurant_id, status, created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE tickets`);
  }
}
