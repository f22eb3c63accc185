import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { TransactionHost } from '@platter/persistence';
import { PaymentException } from '../payments/payment.exception';
import { AccountKey, GUARDED_KINDS, LedgerLine, accountLabel, balancedLines } from './domain/ledger-rules';
import { LedgerAccountRow, LedgerRepository } from './ledger.repository';

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

/**
 * Posts balanced transactions. Each account's balance moves in the same statement that checks it,
 * `balance + amount >= 0` for guarded accounts (wallets, driver earnings), so concurrent debits
 * queue on the row lock and the later ones see the earlier ones' result: no overdraft, ever.
 */
@Injectable()
export class Ledger {
  constructor(
    private readonly tx: TransactionHost,
    private readonly rows: LedgerRepository,
  ) {}

  /** In the caller's transaction. A guarded account that would go below zero: INSUFFICIENT_BALANCE, nothing posted. */
  async post(posting: Posting): Promise<Posted> {
    if (!this.tx.inTransaction) throw new Error('Ledger.post must run inside TransactionHost.run()');
    const lines = balancedLines(posting.lines);
    const transactionId = randomUUID();
    const savepoint = `ledger_${transactionId.replace(/-/g, '')}`;
    await this.rows.savepoint(savepoint);
    try {
      const applied = await this.rows.insertTransaction({
        id: transactionId,
        kind: posting.kind,
        reference_type: posting.reference_type ?? null,
        reference_id: posting.reference_id ?? null,
        memo: posting.memo ?? null,
        created_by: posting.created_by ?? null,
        idempotency_key: posting.idempotency_key ?? null,
      });
      if (!applied) {
        await this.rows.releaseSavepoint(savepoint);
        return { transaction_id: await this.rows.transactionIdOfKey(posting.idempotency_key), applied: false, balances: new Map() };
      }
      const accounts = await this.accountsFor(lines.map((l) => l.account));
      // One order of row locks for every posting, so two postings never wait on each other in a cycle.
      const ordered = lines
        .map((line) => ({ line, account: accounts.get(accountLabel(line.account))! }))
        .sort((a, b) => (a.account.id < b.account.id ? -1 : 1));
      const balances = new Map<string, number>();
      const entries: Array<{ accountId: string; amount: number; balanceAfter: number }> = [];
      for (const { line, account } of ordered) {
        const after = await this.rows.moveBalance(account.id, line.amount);
        if (after === null) throw new PaymentException('INSUFFICIENT_BALANCE', insufficientMessage(line.account));
        balances.set(accountLabel(line.account), after);
        entries.push({ accountId: account.id, amount: line.amount, balanceAfter: after });
      }
      await this.rows.insertEntries(transactionId, entries);
      await this.rows.releaseSavepoint(savepoint);
      return { transaction_id: transactionId, applied: true, balances };
    } catch (err) {
      // Leaves the caller's transaction usable (it may record a failed payment instead).
      await this.rows.rollbackToSavepoint(savepoint);
      throw err;
    }
  }

  /** The account's balance (0 when it was never used). */
  balance(account: AccountKey): Promise<number> {
    return this.rows.balanceOf(account);
  }

  /** Opens the accounts a posting touches (idempotently); guarded kinds may never go below zero. */
  private async accountsFor(keys: AccountKey[]): Promise<Map<string, LedgerAccountRow>> {
    const result = new Map<string, LedgerAccountRow>();
    for (const key of keys) result.set(accountLabel(key), await this.rows.openAccount(key, !GUARDED_KINDS.includes(key.kind)));
    return result;
  }
}

function insufficientMessage(account: AccountKey): string {
  return account.kind === 'customer_wallet' ? 'Wallet balance insufficient for this transaction' : 'Balance insufficient for this transaction';
}
