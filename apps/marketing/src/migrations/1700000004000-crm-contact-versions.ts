import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A user's events reach marketing in any order: the contact columns remember when the profile change
 * that set them happened (so an older change, or the registration, does not overwrite a newer one),
 * and a profile change of a user marketing has no row for yet waits in crm_early_contacts until the
 * registration makes the row.
 */
export class CrmContactVersions1700000004000 implements MigrationInterface {
  name = 'CrmContactVersions1700000004000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE crm_customers ADD COLUMN contact_changed_at timestamptz`);
    await q.query(`
      CREATE TABLE crm_early_contacts (
        user_id uuid PRIMARY KEY,
        name text,
        phone text,
        changed_at timestamptz NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE crm_early_contacts`);
    await q.query(`ALTER TABLE crm_customers DROP COLUMN contact_changed_at`);
  }
}
