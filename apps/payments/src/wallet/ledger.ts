import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { TransactionHost } from '@platter/persistence';
import { PaymentException } from '../payments/payment.exception';
import { rowsOf } from '../transactions/sql-rows';
import { AccountKey, GUARDED_KINDS, LedgerLine, accountLabel, balancedLines } from './domain/ledger-rules';

export interface Posting {
  /** What happened: order_payment, wallet_charge, wallet_topup, refund, settlement, payout, credit, ... */
  kind: string;
  reference_type?: string | null;
  reference_id?: string | null;
  memo?: string | null;
  created_by?: string | null;
  /** Posting the same key twice records it once (the second call returns the first transaction's id). */
  idempotency_key?: string | null;
  lines: LedgerLine[];
}

export interface Posted {
  transaction_id: string;
  /** False when the idempotency key had been posted before (nothing moved this time). */
  applied: boolean;
  /** Each touched account's balance after the posting, by `accountLabel`. */
  balances: Map<string, number>;
}

interface AccountRow {
  id: string;
  kind: string;
  owner: string;
  currency: string;
}

/**
 * Posts balanced transactions. Each account's balance moves in the same statement that checks it,
 * `balance + amount >= 0` for guarded accounts (wallets, driver earnings), so concurrent debits
 * queue on the row lock and the later ones see the earlier ones' result: no overdraft, ever.
 */
@Injectable()
export class Ledger {
  constructor(private readonly tx: TransactionHost) {}

  /** In the caller's transaction. A guarded account that would go below zero: INSUFFICIENT_BALANCE, nothing posted. */
  async post(posting: Posting): Promise<Posted> {
    if (!this.tx.inTransaction) throw new Error('Ledger.post must run inside TransactionHost.run()');
    const lines = balancedLines(posting.lines);
    const manager = this.tx.manager;
    const transactionId = randomUUID();
    const savepoint = `ledger_${transactionId.replace(/-/g, '')}`;
    await manager.query(`SAVEPOINT ${savepoint}`);
    try {
      const inserted = await manager.query(
        `INSERT INTO ledger_transactions (id, kind, reference_type, reference_id, memo, created_by, idempotency_key)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (idempotency_key) DO NOTHING RETURNING id`,
        [transactionId, posting.kind, posting.reference_type ?? null, posting.reference_id ?? null, posting.memo ?? null, posting.created_by ?? null, posting.idempotency_key ?? null],
      );
      if (!inserted.length) {
        await manager.query(`RELEASE SAVEPOINT ${savepoint}`);
        const [prior] = await manager.query(`SELECT id FROM ledger_transactions WHERE idempotency_key = $1`, [posting.idempotency_key]);
        return { transaction_id: prior.id, applied: false, balances: new Map() };
      }
      const accounts = await this.accountsFor(lines.map((l) => l.account));
      // One order of row locks for every posting, so two postings never wait on each other in a cycle.
      const ordered = lines
        .map((line) => ({ line, account: accounts.get(accountLabel(line.account))! }))
        .sort((a, b) => (a.account.id < b.account.id ? -1 : 1));
      const balances = new Map<string, number>();
      const entries: unknown[] = [];
      for (const { line, account } of ordered) {
        const [row] = rowsOf<{ balance: string }>(await manager.query(
          `UPDATE ledger_accounts SET balance = balance + $1, updated_at = now()
           WHERE id = $2 AND (balance + $1 >= 0 OR may_go_negative)
           RETURNING balance`,
          [line.amount, account.id],
        ));
        if (!row) throw new PaymentException('INSUFFICIENT_BALANCE', insufficientMessage(line.account));
        const after = Number(row.balance);
        balances.set(accountLabel(line.account), after);
        entries.push([account.id, line.amount, after]);
      }
      const values = entries.map((_, i) => `($1, $${i * 3 + 2}::uuid, $${i * 3 + 3}::bigint, $${i * 3 + 4}::bigint)`).join(', ');
      await manager.query(
        `INSERT INTO ledger_entries (transaction_id, account_id, amount, balance_after) VALUES ${values}`,
        [transactionId, ...entries.flat()],
      );
      await manager.query(`RELEASE SAVEPOINT ${savepoint}`);
      return { transaction_id: transactionId, applied: true, balances };
    } catch (err) {
      // Leaves the caller's transaction usable (it may record a failed payment instead).
      await manager.query(`ROLLBACK TO SAVEPOINT ${savepoint}`);
      throw err;
    }
  }

  /** The account's balance (0 when it was never used). */
  async balance(account: AccountKey): Promise<number> {
    const [row] = await this.tx.manager.query(
      `SELECT balance FROM ledger_accounts WHERE kind = $1 AND owner = $2 AND currency = $3`,
      [account.kind, account.owner, account.currency],
    );
    return row ? Number(row.balance) : 0;
  }

  /** Opens the accounts a posting touches (idempotently) and returns their ids. */
  private async accountsFor(keys: AccountKey[]): Promise<Map<string, AccountRow>> {
    const manager = this.tx.manager;
    const result = new Map<string, AccountRow>();
    for (const key of keys) {
      await manager.query(
        `INSERT INTO ledger_accounts (id, kind, owner, currency, may_go_negative) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (kind, owner, currency) DO NOTHING`,
        [randomUUID(), key.kind, key.owner, key.currency, !GUARDED_KINDS.includes(key.kind)],
      );
      const [row] = await manager.query(
        `SELECT id, kind, owner, currency FROM ledger_accounts WHERE kind = $1 AND owner = $2 AND currency = $3`,
        [key.kind, key.owner, key.currency],
      );
      result.set(accountLabel(key), row);
    }
    return result;
  }
}

function insufficientMessage(account: AccountKey): string {
  return account.kind === 'customer_wallet' ? 'Wallet balance insufficient for this transaction' : 'Balance insufficient for this transaction';
}
