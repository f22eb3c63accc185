import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { TransactionHost } from '@platter/persistence';
import { rowsOf } from '../transactions/sql-rows';
import { AccountKey } from './domain/ledger-rules';

export interface LedgerAccountRow {
  id: string;
  kind: string;
  owner: string;
  currency: string;
}

export interface LedgerTransactionHead {
  id: string;
  kind: string;
  reference_type: string | null;
  reference_id: string | null;
  memo: string | null;
  created_by: string | null;
  idempotency_key: string | null;
}

export interface WalletEntryRow {
  id: string;
  amount: string;
  balance_after: string;
  kind: string;
  memo: string | null;
  reference_type: string | null;
  reference_id: string | null;
  created_at: Date;
  total: string;
}

/**
 * The ledger's tables (ledger_transactions, ledger_accounts, ledger_entries). They have no entity:
 * the balance moves in one guarded statement (`balance + amount >= 0`), posted under a savepoint,
 * which raw SQL says plainly; every statement on them is here.
 */
@Injectable()
export class LedgerRepository {
  constructor(private readonly tx: TransactionHost) {}

  private get manager() {
    return this.tx.manager;
  }

  async savepoint(name: string): Promise<void> {
    await this.manager.query(`SAVEPOINT ${name}`);
  }

  async releaseSavepoint(name: string): Promise<void> {
    await this.manager.query(`RELEASE SAVEPOINT ${name}`);
  }

  async rollbackToSavepoint(name: string): Promise<void> {
    await this.manager.query(`ROLLBACK TO SAVEPOINT ${name}`);
  }

  /** Records the transaction's head; false when its idempotency key was posted before. */
  async insertTransaction(t: LedgerTransactionHead): Promise<boolean> {
    const inserted = await this.manager.query(
      `INSERT INTO ledger_transactions (id, kind, reference_type, reference_id, memo, created_by, idempotency_key)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (idempotency_key) DO NOTHING RETURNING id`,
      [t.id, t.kind, t.reference_type, t.reference_id, t.memo, t.created_by, t.idempotency_key],
    );
    return inserted.length > 0;
  }

  async transactionIdOfKey(idempotencyKey: string | null | undefined): Promise<string> {
    const [prior] = await this.manager.query(`SELECT id FROM ledger_transactions WHERE idempotency_key = $1`, [idempotencyKey]);
    return prior.id;
  }

  /** Opens the account if it was never used (idempotently) and returns it. */
  async openAccount(key: AccountKey, mayGoNegative: boolean): Promise<LedgerAccountRow> {
    await this.manager.query(
      `INSERT INTO ledger_accounts (id, kind, owner, currency, may_go_negative) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (kind, owner, currency) DO NOTHING`,
      [randomUUID(), key.kind, key.owner, key.currency, mayGoNegative],
    );
    const [row] = await this.manager.query(
      `SELECT id, kind, owner, currency FROM ledger_accounts WHERE kind = $1 AND owner = $2 AND currency = $3`,
      [key.kind, key.owner, key.currency],
    );
    return row;
  }

  /**
   * Moves the account's balance by `amount` in the statement that checks it may (never below zero
   * unless the account may go negative), holding the row lock to the end of the transaction.
   * The balance after, or null when the move was refused.
   */
  async moveBalance(accountId: string, amount: number): Promise<number | null> {
    const [row] = rowsOf<{ balance: string }>(await this.manager.query(
      `UPDATE ledger_accounts SET balance = balance + $1, updated_at = now()
       WHERE id = $2 AND (balance + $1 >= 0 OR may_go_negative)
       RETURNING balance`,
      [amount, accountId],
    ));
    return row ? Number(row.balance) : null;
  }

  async insertEntries(transactionId: string, entries: Array<{ accountId: string; amount: number; balanceAfter: number }>): Promise<void> {
    const values = entries.map((_, i) => `($1, $${i * 3 + 2}::uuid, $${i * 3 + 3}::bigint, $${i * 3 + 4}::bigint)`).join(', ');
    await this.manager.query(
      `INSERT INTO ledger_entries (transaction_id, account_id, amount, balance_after) VALUES ${values}`,
      [transactionId, ...entries.flatMap((e) => [e.accountId, e.amount, e.balanceAfter])],
    );
  }

  /** The account's balance (0 when it was never used). */
  async balanceOf(account: AccountKey): Promise<number> {
    const [row] = await this.manager.query(
      `SELECT balance FROM ledger_accounts WHERE kind = $1 AND owner = $2 AND currency = $3`,
      [account.kind, account.owner, account.currency],
    );
    return row ? Number(row.balance) : 0;
  }

  /** A driver's earnings and cash-held accounts (locked FOR UPDATE until the transaction ends when `lock`). */
  driverAccounts(driverId: string, currency: string, lock: boolean): Promise<Array<{ kind: string; balance: string }>> {
    return this.manager.query(
      `SELECT kind, balance FROM ledger_accounts WHERE kind IN ('driver_payable', 'driver_cash') AND owner = $1 AND currency = $2
        ORDER BY id ${lock ? 'FOR UPDATE' : ''}`,
      [driverId, currency],
    );
  }

  /** A page of a customer's wallet entries, newest first, each row carrying the total count. */
  walletEntries(userId: string, currency: string, page: number, limit: number): Promise<WalletEntryRow[]> {
    return this.manager.query(
      `SELECT e.id, e.amount, e.balance_after, t.kind, t.memo, t.reference_type, t.reference_id, e.created_at, count(*) OVER () AS total
         FROM ledger_entries e
         JOIN ledger_accounts a ON a.id = e.account_id
         JOIN ledger_transactions t ON t.id = e.transaction_id
        WHERE a.kind = 'customer_wallet' AND a.owner = $1 AND a.currency = $2
        ORDER BY e.id DESC LIMIT $3 OFFSET $4`,
      [userId, currency, limit, (page - 1) * limit],
    );
  }

  async countWalletEntries(userId: string, currency: string): Promise<number> {
    const [row] = await this.manager.query(
      `SELECT count(*)::int AS n FROM ledger_entries e JOIN ledger_accounts a ON a.id = e.account_id
        WHERE a.kind = 'customer_wallet' AND a.owner = $1 AND a.currency = $2`,
      [userId, currency],
    );
    return row.n;
  }
}
