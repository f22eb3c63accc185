import { Inject, Injectable } from '@nestjs/common';
import { WalletCreditView, WalletEntryView, WalletView } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { PaymentsConfig } from '../payments.config';
import { Ledger } from './ledger';
import { platform, wallet } from './domain/ledger-rules';
import { LedgerRepository } from './ledger.repository';

/** Customers' wallets: balances and statements read from the ledger, goodwill credits posted to it. */
@Injectable()
export class WalletBook {
  constructor(
    private readonly tx: TransactionHost,
    private readonly rows: LedgerRepository,
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
    const rows = await this.rows.walletEntries(userId, currency, page, limit);
    let total = rows.length ? Number(rows[0].total) : 0;
    if (!rows.length && page > 1) total = await this.rows.countWalletEntries(userId, currency);
    return {
      total,
      items: rows.map((r) => ({
        id: String(r.id),
        amount: Number(r.amount),
        balance_after: Number(r.balance_after),
        kind: r.kind,
        description: r.memo ?? null,
        reference_type: r.reference_type ?? null,
        reference_id: r.reference_id ?? null,
        created_at: r.created_at.toISOString(),
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
