import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddCrmErasure1700000002000 implements MigrationInterface {
  name = 'AddCrmErasure1700000002000';

  async up(q: QueryRunner): Promise<void> {
    // When the customer's account was erased (user.deleted): the row keeps its totals, never their
    // personal data again, even if a registration event arrives late.
    await q.query(`ALTER TABLE crm_customers ADD COLUMN erased_at timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE crm_customers DROP COLUMN erased_at`);
  }
}
