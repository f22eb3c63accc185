import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddSigningKeyStates1700000009000 implements MigrationInterface {
  name = 'AddSigningKeyStates1700000009000';

  async up(q: QueryRunner): Promise<void> {
    // Key rotation: one current key signs; a previous key stays published until every token
    // it signed has expired, then it is retired (unpublished, private half dropped).
    await q.query(`ALTER TABLE signing_keys ADD COLUMN state text`);
    await q.query(`ALTER TABLE signing_keys ADD COLUMN activated_at timestamptz`);
    await q.query(`ALTER TABLE signing_keys ADD COLUMN superseded_at timestamptz`);
    await q.query(`ALTER TABLE signing_keys ADD COLUMN retired_at timestamptz`);
    await q.query(`ALTER TABLE signing_keys ALTER COLUMN private_jwk DROP NOT NULL`);
    // Until now the newest key signed; older ones may still have live tokens, so they stay published one more window.
    await q.query(`
      UPDATE signing_keys SET activated_at = created_at,
        state = CASE WHEN kid = (SELECT kid FROM signing_keys ORDER BY created_at DESC, kid LIMIT 1) THEN 'current' ELSE 'previous' END`);
    await q.query(`UPDATE signing_keys SET superseded_at = now() WHERE state = 'previous'`);
    await q.query(`ALTER TABLE signing_keys ALTER COLUMN state SET NOT NULL`);
    await q.query(`ALTER TABLE signing_keys ALTER COLUMN activated_at SET NOT NULL`);
    await q.query(`
      ALTER TABLE signing_keys ADD CONSTRAINT signing_keys_state_check CHECK (
        (state = 'current' AND superseded_at IS NULL AND retired_at IS NULL AND private_jwk IS NOT NULL)
        OR (state = 'previous' AND superseded_at IS NOT NULL AND retired_at IS NULL AND private_jwk IS NOT NULL)
        OR (state = 'retired' AND superseded_at IS NOT NULL AND retired_at IS NOT NULL AND private_jwk IS NULL))`);
    // Replicas rotating at once cannot leave two current keys.
    await q.query(`CREATE UNIQUE INDEX signing_keys_one_current ON signing_keys ((true)) WHERE state = 'current'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX signing_keys_one_current`);
    await q.query(`ALTER TABLE signing_keys DROP CONSTRAINT signing_keys_state_check`);
    await q.query(`DELETE FROM signing_keys WHERE private_jwk IS NULL`);
    await q.query(`ALTER TABLE signing_keys ALTER COLUMN private_jwk SET NOT NULL`);
    for (const column of ['retired_at', 'superseded_at', 'activated_at', 'state']) await q.query(`ALTER TABLE signing_keys DROP COLUMN ${column}`);
  }
}
