import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The ticket follows the order's saga: drafted when the order is placed (pending: its lines are known)
 * and opened when the restaurant accepts it; each step's time is kept. Restaurants' own settings live
 * beside them, one row per key overridden.
 */
export class TicketLifecycleAndConfig1700000003000 implements MigrationInterface {
  name = 'TicketLifecycleAndConfig1700000003000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE tickets DROP CONSTRAINT IF EXISTS tickets_status_check`);
    await q.query(`ALTER TABLE tickets ADD CONSTRAINT tickets_status_check CHECK (status IN ('pending', 'open', 'in_progress', 'done', 'void'))`);
    await q.query(`
      ALTER TABLE tickets
        ADD COLUMN opened_at timestamptz,
        ADD COLUMN started_at timestamptz,
        ADD COLUMN ready_at timestamptz,
        ADD COLUMN voided_at timestamptz`);
    // Tickets opened before the saga were opened at placement.
    await q.query(`UPDATE tickets SET opened_at = created_at WHERE status <> 'pending'`);
    await q.query(`
      CREATE TABLE restaurant_settings (
        restaurant_id uuid NOT NULL,
        key text NOT NULL,
        value text NOT NULL,
        updated_by uuid,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (restaurant_id, key)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE restaurant_settings`);
    await q.query(`ALTER TABLE tickets DROP COLUMN opened_at, DROP COLUMN started_at, DROP COLUMN ready_at, DROP COLUMN voided_at`);
    await q.query(`DELETE FROM tickets WHERE status = 'pending'`);
    await q.query(`ALTER TABLE tickets DROP CONSTRAINT IF EXISTS tickets_status_check`);
    await q.query(`ALTER TABLE tickets ADD CONSTRAINT tickets_status_check CHECK (status IN ('open', 'in_progress', 'done', 'void'))`);
  }
}
