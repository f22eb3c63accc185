import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A user's account events in any order (docs/event-ordering.md). A profile change or a suspension heard
 * before the user's registration is kept in early_account_news (the newest of each kind, by when
 * identity made it) and applied by the registration; the registration of a non-driver, or an
 * erasure, discards it. On a driver's row, name and phone carry the time of the profile change that
 * set them and the account's status the time of the status change that set it, so an older change
 * that arrives late moves nothing.
 */
export class EarlyAccountNews1700000012000 implements MigrationInterface {
  name = 'EarlyAccountNews1700000012000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE drivers ADD COLUMN profile_changed_at timestamptz, ADD COLUMN account_status_at timestamptz`);
    await q.query(`
      CREATE TABLE early_account_news (
        user_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('profile', 'status')),
        news jsonb NOT NULL,
        changed_at timestamptz NOT NULL,
        seen_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, kind)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE early_account_news`);
    await q.query(`ALTER TABLE drivers DROP COLUMN profile_changed_at, DROP COLUMN account_status_at`);
  }
}
