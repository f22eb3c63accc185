import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What dispatch heard of an order before its delivery existed (events are not ordered per order: a
 * retried order.created can come after the order's ready or its cancellation): the event itself,
 * replayed when order.created opens the delivery, then removed.
 */
export class EarlyOrderNews1700000010000 implements MigrationInterface {
  name = 'EarlyOrderNews1700000010000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE early_order_news (
        order_id uuid NOT NULL,
        status text NOT NULL,
        change jsonb NOT NULL,
        seen_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (order_id, status)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE early_order_news`);
  }
}
