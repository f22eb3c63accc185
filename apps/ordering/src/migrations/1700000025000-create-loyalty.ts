import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Loyalty points. `loyalty_accounts` holds each customer's balance, moved in the same
 * statement that writes the ledger entry, and never below zero (a CHECK backs the guarded UPDATE).
 * `loyalty_entries.movement_key` makes every movement happen once (per order, review, referral, year).
 */
export class CreateLoyalty1700000025000 implements MigrationInterface {
  name = 'CreateLoyalty1700000025000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE loyalty_accounts (
        customer_id uuid PRIMARY KEY,
        balance integer NOT NULL DEFAULT 0 CHECK (balance >= 0),
        lifetime_earned integer NOT NULL DEFAULT 0 CHECK (lifetime_earned >= 0),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE loyalty_entries (
        id uuid PRIMARY KEY,
        customer_id uuid NOT NULL,
        points integer NOT NULL CHECK (points <> 0),
        kind text NOT NULL CHECK (kind IN ('order_completed', 'review', 'referral', 'birthday', 'redeemed', 'restored', 'adjustment')),
        order_id uuid,
        movement_key text NOT NULL UNIQUE,
        note text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX loyalty_entries_customer ON loyalty_entries (customer_id, created_at DESC, id)`);
    await q.query(`CREATE INDEX loyalty_entries_order ON loyalty_entries (order_id) WHERE order_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE loyalty_entries`);
    await q.query(`DROP TABLE loyalty_accounts`);
  }
}
