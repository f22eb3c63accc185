import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddGuestOrders1700000003000 implements MigrationInterface {
  name = 'AddGuestOrders1700000003000';

  async up(q: QueryRunner): Promise<void> {
    // Guest orders: no customer until the guest registers, their contact details, the
    // guest session (identity's guest_id) if they had one, and the SHA-256 of their tracking token.
    await q.query(`
      ALTER TABLE orders
        ADD COLUMN guest_session_id uuid,
        ADD COLUMN guest_name text,
        ADD COLUMN guest_phone text,
        ADD COLUMN guest_email text,
        ADD COLUMN tracking_token_hash text UNIQUE,
        ADD CONSTRAINT orders_have_a_buyer CHECK (customer_id IS NOT NULL OR (guest_name IS NOT NULL AND tracking_token_hash IS NOT NULL))`);
    await q.query(`CREATE INDEX orders_guest_session ON orders (guest_session_id) WHERE guest_session_id IS NOT NULL`);
    // Guests who became customers: an order placed with their session after the conversion (a race
    // with guest.converted) still lands in the customer's account.
    await q.query(`
      CREATE TABLE guest_conversions (
        guest_id uuid PRIMARY KEY,
        user_id uuid NOT NULL,
        converted_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE guest_conversions`);
    await q.query(`DROP INDEX orders_guest_session`);
    await q.query(`
      ALTER TABLE orders
        DROP CONSTRAINT orders_have_a_buyer,
        DROP COLUMN tracking_token_hash,
        DROP COLUMN guest_email,
        DROP COLUMN guest_phone,
        DROP COLUMN guest_name,
        DROP COLUMN guest_session_id`);
  }
}
