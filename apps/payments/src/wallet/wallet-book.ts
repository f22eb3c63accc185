import { Inject, Injectable } from '@nestjs/common';
import { WalletCreditView, WalletEntryView, WalletView } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { PaymentsConfig } from '../payments.config';
import { Ledger } from './ledger';
import { platform, wallet } from './domain/ledger-rules';

/** Customers' wallets: balances and statements read from the ledger, goodwill credits posted to it. */
@Injectable()
export class WalletBook {
  constructor(
    private readonly tx: TransactionHost,
    private readonly ledger: Ledger,
    @Inject(PaymentsConfig) private readonly config: PaymentsConfig,
  ) {}

  currencyOr(currency?: string): string {
    return currency ?? this.config.WALLET_DEFAULT_CURRENCY;
  }

  async view(userId: string, currency?: string, recent = 10): Promise<WalletView> {
    const c = this.currencyOr(currency);
    const balance = await this.ledger.balance(wallet(userId, c));
    const { items } = await this.entries(userId, c, 1, recent);
    return { user_id: userId, balance, currency: c, recent_entries: items };
  }

  async entries(userId: string, currency: string, page: number, limit: number): Promise<{ items: WalletEntryView[]; total: number }> {
    const rows = await this.tx.manager.query(
      `SELECT e.id, e.amount, e.balance_after, t.kind, t.memo, t.reference_type, t.reference_id, e.created_at, count(*) OVER () AS total
         FROM ledger_entries e
         JOIN ledger_accounts a ON a.id = e.account_id
         JOIN ledger_transactions t ON t.id = e.transaction_id
        WHERE a.kind = 'customer_wallet' AND a.owner = $1 AND a.currency = $2
        ORDER BY e.id DESC LIMIT $3 OFFSET $4`,
      [userId, currency, limit, (page - 1) * limit],
    );
    let total = rows.length ? Number(rows[0].total) : 0;
    if (!rows.length && page > 1) {
      const [row] = await this.tx.manager.query(
        `SELECT count(*)::int AS n FROM ledger_entries e JOIN ledger_accounts a ON a.id = e.account_id
          WHERE a.kind = 'customer_wallet' AND a.owner = $1 AND a.currency = $2`,
        [userId, currency],
      );
      total = row.n;
    }
    return {
      total,
      items: rows.map((r: Record<string, unknown>) => ({
        id: String(r.id),
        amount: Number(r.amount),
        balance_after: Number(r.balance_after),
        kind: r.kind as string,
        description: (r.memo as string | null) ?? null,
        reference_type: (r.reference_type as string | null) ?? null,
        reference_id: (r.reference_id as string | null) ?? null,
        created_at: (r.created_at as Date).toISOString(),
      })),
    };
  }

  /** An admin's goodwill credit: audited by the ledger transaction (who, why, when). */
  async credit(adminId: string, userId: string, amount: number, currency: string | undefined, reason: string): Promise<WalletCreditView> {
    const c = this.currencyOr(currency);
    return this.tx.run(async () => {
      const posted = await this.ledger.post({
        kind: 'credit',
        reference_type: 'user',
        reference_id: userId,
        memo: reason,
        created_by: adminId,
        lines: [
          { account: platform('platform_expense', c), amount: -amount },
          { account: wallet(userId, c), amount },
        ],
      });
      return { transaction_id: posted.transaction_id, user_id: userId, amount, balance: posted.balances.get(`customer_wallet:${userId}:${c}`)!, currency: c, reason };
    });
  }
}
