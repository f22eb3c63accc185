import { MigrationInterface, QueryRunner } from 'typeorm';

/** The double-entry ledger behind wallets, settlements and payouts. */
export class CreateLedger1700000003000 implements MigrationInterface {
  name = 'CreateLedger1700000003000';

  async up(q: QueryRunner): Promise<void> {
    // balance always equals the sum of the account's entries; it is kept on the row so that a debit
    // can be checked and applied in one statement under the row lock.
    await q.query(`
      CREATE TABLE ledger_accounts (
        id uuid PRIMARY KEY,
        kind text NOT NULL,
        owner text NOT NULL DEFAULT '',
        currency char(3) NOT NULL,
        balance bigint NOT NULL DEFAULT 0,
        may_go_negative boolean NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (kind, owner, currency),
        CONSTRAINT ledger_accounts_guarded CHECK (may_go_negative OR balance >= 0)
      )`);
    await q.query(`
      CREATE TABLE ledger_transactions (
        id uuid PRIMARY KEY,
        kind text NOT NULL,
        reference_type text,
        reference_id text,
        memo text,
        created_by uuid,
        idempotency_key text UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX ledger_transactions_reference ON ledger_transactions (reference_type, reference_id)`);
    await q.query(`
      CREATE TABLE ledger_entries (
        id bigserial PRIMARY KEY,
        transaction_id uuid NOT NULL REFERENCES ledger_transactions (id),
        account_id uuid NOT NULL REFERENCES ledger_accounts (id),
        amount bigint NOT NULL CHECK (amount <> 0),
        balance_after bigint NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX ledger_entries_account ON ledger_entries (account_id, id DESC)`);
    await q.query(`CREATE INDEX ledger_entries_transaction ON ledger_entries (transaction_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE ledger_entries`);
    await q.query(`DROP TABLE ledger_transactions`);
    await q.query(`DROP TABLE ledger_accounts`);
  }
}
