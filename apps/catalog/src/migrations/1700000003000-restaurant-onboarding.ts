import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Onboarding: the full restaurant profile (slug, hours, plan, translations), the admin's review
 * (reason, reviewer) and the KYC documents an owner uploads.
 */
export class RestaurantOnboarding1700000003000 implements MigrationInterface {
  name = 'RestaurantOnboarding1700000003000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE restaurants
        ADD COLUMN slug text,
        ADD COLUMN cuisine_tags text[] NOT NULL DEFAULT '{}',
        ADD COLUMN timezone text NOT NULL DEFAULT 'Africa/Douala',
        ADD COLUMN opening_hours jsonb NOT NULL DEFAULT '{}',
        ADD COLUMN hours_exceptions jsonb NOT NULL DEFAULT '[]',
        ADD COLUMN subscription_plan text NOT NULL DEFAULT 'basic',
        ADD COLUMN rejection_reason text,
        ADD COLUMN reviewed_at timestamptz,
        ADD COLUMN reviewed_by uuid,
        ADD COLUMN rating numeric(2, 1),
        ADD COLUMN rating_count integer NOT NULL DEFAULT 0,
        ADD COLUMN translations jsonb NOT NULL DEFAULT '{}'`);
    // Existing rows get a slug from their name (same rule as slugify(): French accents folded,
    // anything else non-alphanumeric to '-'); a clash gets the start of the row's id as a suffix
    // (a rank like '-2' could meet a restaurant actually named "Pizza 2").
    await q.query(`
      WITH base AS (
        SELECT id, created_at,
          coalesce(nullif(trim(both '-' from regexp_replace(
            translate(replace(replace(lower(name), 'œ', 'oe'), 'æ', 'ae'), 'àâäáãåçéèêëíìîïñóòôöõúùûüýÿ', 'aaaaaaceeeeiiiinooooouuuuyy'),
            '[^a-z0-9]+', '-', 'g')), ''), 'restaurant') AS slug
        FROM restaurants
      ), ranked AS (
        SELECT id, slug, row_number() OVER (PARTITION BY slug ORDER BY created_at, id) AS n FROM base
      )
      UPDATE restaurants r SET slug = CASE WHEN ranked.n = 1 THEN ranked.slug ELSE ranked.slug || '-' || left(ranked.id::text, 8) END
      FROM ranked WHERE ranked.id = r.id`);
    await q.query(`ALTER TABLE restaurants ALTER COLUMN slug SET NOT NULL`);
    await q.query(`ALTER TABLE restaurants ADD CONSTRAINT restaurants_slug_unique UNIQUE (slug)`);
    await q.query(`ALTER TABLE restaurants ADD CONSTRAINT restaurants_plan_check CHECK (subscription_plan IN ('basic', 'premium', 'enterprise'))`);
    await q.query(`ALTER TABLE restaurants ADD CONSTRAINT restaurants_rating_check CHECK (rating IS NULL OR rating BETWEEN 0 AND 5)`);
    await q.query(`
      CREATE TABLE restaurant_documents (
        id uuid PRIMARY KEY,
        restaurant_id uuid NOT NULL REFERENCES restaurants (id),
        kind text NOT NULL,
        file_name text NOT NULL,
        content_type text NOT NULL,
        size_bytes integer NOT NULL CHECK (size_bytes > 0),
        storage_key text NOT NULL UNIQUE,
        uploaded_by uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX restaurant_documents_restaurant ON restaurant_documents (restaurant_id, created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE restaurant_documents`);
    await q.query(`
      ALTER TABLE restaurants
        DROP COLUMN slug, DROP COLUMN cuisine_tags, DROP COLUMN timezone, DROP COLUMN opening_hours,
        DROP COLUMN hours_exceptions, DROP COLUMN subscription_plan, DROP COLUMN rejection_reason,
        DROP COLUMN reviewed_at, DROP COLUMN reviewed_by, DROP COLUMN rating, DROP COLUMN rating_count,
        DROP COLUMN translations`);
  }
}
