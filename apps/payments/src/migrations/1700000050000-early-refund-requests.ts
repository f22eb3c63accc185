import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Refund requests heard before the money they refund was captured as far as payments knows (no
 * payment yet, or cash not collected yet) are kept in early_order_news too, one row per request
 * (status `refund-requested:<refund_request_id>`, the event in `news`), and answered once it is. See
 * docs/event-ordering.md.
 */
export class EarlyRefundRequests1700000050000 implements MigrationInterface {
  name = 'EarlyRefundRequests1700000050000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE early_order_news ADD COLUMN news jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM early_order_news WHERE news IS NOT NULL`);
    await q.query(`ALTER TABLE early_order_news DROP COLUMN news`);
  }
}
