import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * News of an order that reached payments before its order.created (a cancellation, a completion): kept
 * so the late order.created opens the payment cancelled instead of charging it, or cash collected. See docs/event-ordering.md.
 */
export class EarlyOrderNews1700000040000 implements MigrationInterface {
  name = 'EarlyOrderNews1700000040000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE early_order_news (order_id uuid NOT NULL, status text NOT NULL, seen_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (order_id, status))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE early_order_news`);
  }
}
