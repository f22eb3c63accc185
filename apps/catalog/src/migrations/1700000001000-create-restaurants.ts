import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateRestaurants1700000001000 implements MigrationInterface {
  name = 'CreateRestaurants1700000001000';

  async up(q: QueryRunner): Promise<void> {
    // One restaurant per owner: a user owns at most one restaurant.
    await q.query(`
      CREATE TABLE restaurants (
        id uuid PRIMARY KEY,
        owner_id uuid NOT NULL UNIQUE,
        name text NOT NULL,
        description text,
        address text NOT NULL,
        latitude numeric(10, 8),
        longitude numeric(11, 8),
        phone text,
        email text,
        currency char(3) NOT NULL DEFAULT 'XAF',
        commission_rate numeric(5, 4) NOT NULL DEFAULT 0.15,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'suspended', 'rejected')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX restaurants_status_created ON restaurants (status, created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE restaurants`);
  }
}
