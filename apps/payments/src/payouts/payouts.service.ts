import { Inject, Injectable } from '@nestjs/common';
import { Actor, NotFoundError, PayoutView } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { PaymentsConfig } from '../payments.config';
import { PaymentException } from '../payments/payment.exception';
import { CommissionRepository } from '../commissions/commission.repository';
import { Ledger } from '../wallet/ledger';
import { LedgerRepository } from '../wallet/ledger.repository';
import { AccountKey, clearing, platform } from '../wallet/domain/ledger-rules';
import { PayoutFilter, PayoutRepository } from './payout.repository';
import { toPayoutView } from './payout.view';

/**
 * Payouts. Restaurants on a cycle: due commission records (calculated, due_date passed) are grouped
 * per restaurant and currency into one pending payout and marked processed. Drivers on request, up to
 * their available balance. The transfer itself is made by the finance team (or a disbursement
 * provider) outside this service; an admin then records it paid or failed. A failed payout gives the
 * money back to the payee's balance (and its records to the next run).
 */
@Injectable()
export class PayoutsService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly rows: PayoutRepository,
    private readonly commissions: CommissionRepository,
    private readonly ledgerRows: LedgerRepository,
    private readonly ledger: Ledger,
    @Inject(PaymentsConfig) private readonly config: PaymentsConfig,
  ) {}

  async runRestaurantPayouts(asOf: Date = new Date(), actorId: string | null = null): Promise<PayoutView[]> {
    return this.tx.run(async () => {
      // One run at a time across replicas (the job and POST /admin/payouts/run).
      await this.rows.lockRuns();
      const groups = await this.commissions.dueGroups(asOf);
      const payouts: PayoutView[] = [];
      for (const group of groups) {
        const amount = Number(group.amount);
        const row = await this.rows.insertRestaurantPayout({ restaurant_id: group.restaurant_id, amount, currency: group.currency, records: group.ids.length, requested_by: actorId });
        await this.commissions.markProcessed(group.ids, row.id);
        await this.ledger.post({
          kind: 'payout',
          reference_type: 'payout',
          reference_id: row.id,
          idempotency_key: `payout:${row.id}`,
          memo: `Payout of ${group.ids.length} orders`,
          created_by: actorId,
          lines: [
            { account: restaurantPayable(group.restaurant_id, group.currency), amount: -amount },
            { account: platform('payouts_clearing', group.currency), amount },
          ],
        });
        payouts.push(toPayoutView(row));
      }
      return payouts;
    });
  }

  /** A driver's balance: earnings not paid out, less the cash they hold for the platform. */
  async driverBalance(driverId: string, currency: string, lock = false): Promise<{ payable: number; cash: number; available: number }> {
    const rows = await this.ledgerRows.driverAccounts(driverId, currency, lock);
    const payable = Number(rows.find((r) => r.kind === 'driver_payable')?.balance ?? 0);
    const cash = Number(rows.find((r) => r.kind === 'driver_cash')?.balance ?? 0);
    return { payable, cash, available: Math.max(0, payable + Math.min(0, cash)) };
  }

  async requestDriverPayout(actor: Actor, amount: number, phone: string | undefined, currency: string | undefined): Promise<PayoutView> {
    const c = currency ?? this.config.WALLET_DEFAULT_CURRENCY;
    return this.tx.run(async () => {
      // The driver's accounts stay locked until commit: two requests are checked one after the other.
      const { available } = await this.driverBalance(actor.user_id, c, true);
      if (amount > available) throw new PaymentException('INSUFFICIENT_BALANCE', `Available balance is ${available} ${c}`);
      const row = await this.rows.insertDriverPayout({ driver_id: actor.user_id, amount, currency: c, phone: phone ?? null });
      await this.ledger.post({
        kind: 'payout',
        reference_type: 'payout',
        reference_id: row.id,
        idempotency_key: `payout:${row.id}`,
        memo: 'Driver payout requested',
        created_by: actor.user_id,
        lines: [
          { account: { kind: 'driver_payable', owner: actor.user_id, currency: c }, amount: -amount },
          { account: platform('payouts_clearing', c), amount },
        ],
      });
      return toPayoutView(row);
    });
  }

  async setStatus(actor: Actor, id: string, status: 'paid' | 'failed', reference?: string, reason?: string): Promise<PayoutView> {
    return this.tx.run(async () => {
      const payout = await this.rows.lock(id);
      if (!payout) throw new NotFoundError('Payout');
      if (payout.status === status) return toPayoutView(payout);
      if (payout.status !== 'pending') throw new PaymentException('INVALID_STATE_TRANSITION', `A ${payout.status} payout cannot become ${status}`);
      const amount = Number(payout.amount);
      const payee: AccountKey =
        payout.payee_type === 'restaurant' ? restaurantPayable(payout.payee_id, payout.currency) : { kind: 'driver_payable', owner: payout.payee_id, currency: payout.currency };
      await this.ledger.post({
        kind: status === 'paid' ? 'payout_paid' : 'payout_failed',
        reference_type: 'payout',
        reference_id: id,
        idempotency_key: `payout-${status}:${id}`,
        memo: status === 'paid' ? `Paid${reference ? ` (${reference})` : ''}` : `Failed${reason ? `: ${reason}` : ''}`,
        created_by: actor.user_id,
        lines: [
          { account: platform('payouts_clearing', payout.currency), amount: -amount },
          // Paid: the money left the platform. Failed: it is the payee's again.
          { account: status === 'paid' ? clearing('disbursement', payout.currency) : payee, amount },
        ],
      });
      const row = await this.rows.decide(id, { status, reference: reference ?? null, failure_reason: status === 'failed' ? (reason ?? 'failed') : null, decided_by: actor.user_id });
      if (payout.payee_type === 'restaurant') {
        if (status === 'paid') await this.commissions.markPaid(id);
        else await this.commissions.release(id);
      }
      return toPayoutView(row);
    });
  }

  async list(filter: PayoutFilter, page: number, limit: number): Promise<{ items: PayoutView[]; total: number }> {
    const rows = await this.rows.page(filter, page, limit);
    let total = rows.length ? Number(rows[0].total) : 0;
    if (!rows.length && page > 1) total = await this.rows.count(filter);
    return { items: rows.map(toPayoutView), total };
  }
}

function restaurantPayable(restaurantId: string, currency: string): AccountKey {
  return { kind: 'restaurant_payable', owner: restaurantId, currency };
}
