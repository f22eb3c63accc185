import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreatePayments1700000001000 implements MigrationInterface {
  name = 'CreatePayments1700000001000';

  async up(q: QueryRunner): Promise<void> {
    // amount is in the currency's minor unit; one payment intent per order.
    await q.query(`
      CREATE TABLE payments (
        id uuid PRIMARY KEY,
        order_id uuid NOT NULL UNIQUE,
        restaurant_id uuid NOT NULL,
        customer_id uuid,
        method text NOT NULL CHECK (method IN ('cash', 'wallet', 'campay', 'noupay', 'stripe', 'paymob')),
        provider text NOT NULL,
        amount integer NOT NULL CHECK (amount >= 0),
        currency char(3) NOT NULL,
        status text NOT NULL CHECK (status IN ('pending', 'awaiting_collection')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX payments_customer ON payments (customer_id, created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE payments`);
  }
}
