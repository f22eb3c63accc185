import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The order statuses kitchen heard of before the order's ticket existed (events are not ordered per
 * order: a retried order.created can arrive after the order's acceptance or cancellation). Drafting
 * the ticket applies and removes them, so a cancellation that came first still voids the ticket.
 */
export class EarlyOrderStatuses1700000004000 implements MigrationInterface {
  name = 'EarlyOrderStatuses1700000004000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE early_order_statuses (
        order_id uuid NOT NULL,
        status text NOT NULL,
        seen_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (order_id, status)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE early_order_statuses`);
  }
}
