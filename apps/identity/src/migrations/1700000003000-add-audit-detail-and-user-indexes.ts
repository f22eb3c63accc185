import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddAuditDetailAndUserIndexes1700000003000 implements MigrationInterface {
  name = 'AddAuditDetailAndUserIndexes1700000003000';

  async up(q: QueryRunner): Promise<void> {
    // Why an admin changed an account's status, kept with the audit entry.
    await q.query(`ALTER TABLE audit_log ADD COLUMN detail text`);
    // The admin's user list: newest first, filtered by role or status.
    await q.query(`CREATE INDEX users_created ON users (created_at DESC, id)`);
    await q.query(`CREATE INDEX users_role_status ON users (role, status)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX users_role_status`);
    await q.query(`DROP INDEX users_created`);
    await q.query(`ALTER TABLE audit_log DROP COLUMN detail`);
  }
}
