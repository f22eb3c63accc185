import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Ordering's copy of what loyalty needs to know about each user (fed by identity's events:
 * referral code, who referred them, birthday), the invitations customers send, and order reviews.
 */
export class CreateReferralsAndReviews1700000026000 implements MigrationInterface {
  name = 'CreateReferralsAndReviews1700000026000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE customer_profiles (
        customer_id uuid PRIMARY KEY,
        role text,
        referral_code text NOT NULL UNIQUE,
        referred_by uuid CHECK (referred_by IS DISTINCT FROM customer_id),
        birthday date,
        first_order_completed_at timestamptz,
        erased_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX customer_profiles_referred_by ON customer_profiles (referred_by) WHERE referred_by IS NOT NULL`);
    // The birthday job looks customers up by month and day.
    await q.query(`
      CREATE INDEX customer_profiles_birthday ON customer_profiles ((extract(month FROM birthday)), (extract(day FROM birthday)))
        WHERE birthday IS NOT NULL`);
    await q.query(`
      CREATE TABLE referral_invitations (
        id uuid PRIMARY KEY,
        referrer_id uuid NOT NULL,
        channel text NOT NULL CHECK (channel IN ('email', 'phone')),
        contact text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (referrer_id, channel, contact)
      )`);
    await q.query(`
      CREATE TABLE reviews (
        id uuid PRIMARY KEY,
        order_id uuid NOT NULL UNIQUE REFERENCES orders (id),
        restaurant_id uuid NOT NULL,
        customer_id uuid,
        source text NOT NULL CHECK (source IN ('customer', 'guest')),
        driver_id uuid,
        rating smallint NOT NULL CHECK (rating BETWEEN 1 AND 5),
        driver_rating smallint CHECK (driver_rating BETWEEN 1 AND 5),
        comment text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX reviews_customer ON reviews (customer_id, created_at DESC, id) WHERE customer_id IS NOT NULL`);
    await q.query(`CREATE INDEX reviews_restaurant ON reviews (restaurant_id, created_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE reviews`);
    await q.query(`DROP TABLE referral_invitations`);
    await q.query(`DROP TABLE customer_profiles`);
  }
}
