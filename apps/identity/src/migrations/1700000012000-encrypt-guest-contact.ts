import { MigrationInterface, QueryRunner } from 'typeorm';
import { userPii } from '../users/user-pii';

/**
 * Guests' phone numbers and emails are personal data like users': existing
 * rows are encrypted here with PII_ENCRYPTION_KEYS, in the migration's transaction.
 */
export class EncryptGuestContact1700000012000 implements MigrationInterface {
  name = 'EncryptGuestContact1700000012000';

  async up(q: QueryRunner): Promise<void> {
    await this.convert(q, (cipher, value) => cipher.encrypt(value));
  }

  async down(q: QueryRunner): Promise<void> {
    await this.convert(q, (cipher, value) => cipher.decrypt(value));
  }

  private async convert(q: QueryRunner, change: (cipher: ReturnType<typeof userPii.get>, value: string) => string): Promise<void> {
    const rows: { id: string; phone: string | null; email: string | null }[] = await q.query(
      `SELECT id, phone, email FROM guest_sessions WHERE phone IS NOT NULL OR email IS NOT NULL`,
    );
    // Only a database that already holds guests needs the key here (a fresh one has none).
    const cipher = rows.length > 0 ? userPii.get() : null;
    for (const row of rows) {
      await q.query(`UPDATE guest_sessions SET phone = $2, email = $3 WHERE id = $1`, [
        row.id,
        row.phone === null ? null : change(cipher!, row.phone),
        row.email === null ? null : change(cipher!, row.email),
      ]);
    }
  }
}
