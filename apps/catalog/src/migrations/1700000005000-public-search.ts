import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Fuzzy search over restaurant and dish names. `search_text(text)` folds case and accents
 * ("Crème Brûlée" → "creme brulee"); unaccent itself is only STABLE (its dictionary could change),
 * so this IMMUTABLE wrapper, pinned to the dictionary by name, is what indexes can use. pg_trgm and
 * unaccent live in the `extensions` schema, created by a superuser (tools/db/provision.js).
 */
export class PublicSearch1700000005000 implements MigrationInterface {
  name = 'PublicSearch1700000005000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION search_text(value text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $fn$ SELECT lower(extensions.unaccent('extensions.unaccent'::regdictionary, value)) $fn$`);
    await q.query(`CREATE INDEX restaurants_name_trgm ON restaurants USING gin (search_text(name) extensions.gin_trgm_ops)`);
    await q.query(`CREATE INDEX menu_items_name_trgm ON menu_items USING gin (search_text(name) extensions.gin_trgm_ops) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX restaurants_cuisine_tags ON restaurants USING gin (cuisine_tags)`);
    await q.query(`CREATE INDEX restaurants_approved_name ON restaurants (name, id) WHERE status = 'approved'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX restaurants_approved_name`);
    await q.query(`DROP INDEX restaurants_cuisine_tags`);
    await q.query(`DROP INDEX menu_items_name_trgm`);
    await q.query(`DROP INDEX restaurants_name_trgm`);
    await q.query(`DROP FUNCTION search_text(text)`);
  }
}
