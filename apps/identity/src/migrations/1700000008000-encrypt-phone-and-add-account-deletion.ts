import { MigrationInterface, QueryRunner } from 'typeorm';
import { userPii } from '../users/user-pii';

/**
 * Personal data at rest and GDPR erasure: users.phone becomes AES-256-GCM ciphertext
 * (PII_ENCRYPTION_KEYS; existing rows are encrypted here, in the migration's transaction), made
 * unique and searchable through an HMAC blind index, phone_lookup; users get their preferences; the
 * status `deleted` (an erased account); and indexes for the admins' audit-log queries.
 */
export class EncryptPhoneAndAddAccountDeletion1700000008000 implements MigrationInterface {
  name = 'EncryptPhoneAndAddAccountDeletion1700000008000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users ADD COLUMN phone_lookup text`);
    // Ciphertexts differ for equal numbers (random IVs): uniqueness moves to the blind index.
    await q.query(`ALTER TABLE users DROP CONSTRAINT users_phone_key`);
    const rows: { id: string; phone: string }[] = await q.query(`SELECT id, phone FROM users WHERE phone IS NOT NULL`);
    // Only a database that already holds phone numbers needs the key here (a fresh one has none).
    const cipher = rows.length > 0 ? userPii.get() : null;
    for (const row of rows) {
      await q.query(`UPDATE users SET phone = $2, phone_lookup = $3 WHERE id = $1`, [row.id, cipher!.encrypt(row.phone), cipher!.blindIndex(row.phone)]);
    }
    await q.query(`CREATE UNIQUE INDEX users_phone_lookup_key ON users (phone_lookup)`);

    await q.query(`ALTER TABLE users ADD COLUMN preferences jsonb NOT NULL DEFAULT '{}'::jsonb`);
    await q.query(`ALTER TABLE users DROP CONSTRAINT users_status_check`);
    await q.query(`ALTER TABLE users ADD CONSTRAINT users_status_check CHECK (status IN ('active', 'suspended', 'banned', 'deleted'))`);

    // GET /admin/audit-log: newest first, by the account concerned (target or actor) or by action.
    await q.query(`CREATE INDEX audit_log_at ON audit_log (at DESC)`);
    await q.query(`CREATE INDEX audit_log_target ON audit_log (target, at DESC)`);
    await q.query(`CREATE INDEX audit_log_action ON audit_log (action, at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX audit_log_action`);
    await q.query(`DROP INDEX audit_log_target`);
    await q.query(`DROP INDEX audit_log_at`);
    // Erased accounts have no status to go back to: they stay erased, as banned.
    await q.query(`UPDATE users SET status = 'banned' WHERE status = 'deleted'`);
    await q.query(`ALTER TABLE users DROP CONSTRAINT users_status_check`);
    await q.query(`ALTER TABLE users ADD CONSTRAINT users_status_check CHECK (status IN ('active', 'suspended', 'banned'))`);
    await q.query(`ALTER TABLE users DROP COLUMN preferences`);

    await q.query(`DROP INDEX users_phone_lookup_key`);
    const rows: { id: string; phone: string }[] = await q.query(`SELECT id, phone FROM users WHERE phone IS NOT NULL`);
    const cipher = rows.length > 0 ? userPii.get() : null;
    for (const row of rows) await q.query(`UPDATE users SET phone = $2 WHERE id = $1`, [row.id, cipher!.decrypt(row.phone)]);
    await q.query(`ALTER TABLE users ADD CONSTRAINT users_phone_key UNIQUE (phone)`);
    await q.query(`ALTER TABLE users DROP COLUMN phone_lookup`);
  }
}
