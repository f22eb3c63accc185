import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Actor, NotFoundError, PayoutView } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { PaymentsConfig } from '../payments.config';
import { PaymentException } from '../payments/payment.exception';
import { rowsOf } from '../transactions/sql-rows';
import { Ledger } from '../wallet/ledger';
import { AccountKey, clearing, platform } from '../wallet/domain/ledger-rules';
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
    private readonly ledger: Ledger,
    @Inject(PaymentsConfig) private readonly config: PaymentsConfig,
  ) {}

  async runRestaurantPayouts(asOf: Date = new Date(), actorId: string | null = null): Promise<PayoutView[]> {
    return this.tx.run(async (manager) => {
      // One run at a time across replicas (the job and POST /admin/payouts/run).
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('payments.payouts.run'))`);
      const groups: Array<{ restaurant_id: string; currency: string; amount: string; ids: string[] }> = await manager.query(
        `SELECT restaurant_id, currency, SUM(restaurant_net) AS amount, array_agg(id) AS ids
           FROM commission_records WHERE status = 'calculated' AND due_date <= $1
          GROUP BY restaurant_id, currency HAVING SUM(restaurant_net) > 0`,
        [asOf],
      );
      const payouts: PayoutView[] = [];
      for (const group of groups) {
        const amount = Number(group.amount);
        const [row] = await manager.query(
          `INSERT INTO payouts (id, payee_type, payee_id, amount, currency, status, records_count, requested_by)
           VALUES ($1, 'restaurant', $2, $3, $4, 'pending', $5, $6) RETURNING *`,
          [randomUUID(), group.restaurant_id, amount, group.currency, group.ids.length, actorId],
        );
        await manager.query(`UPDATE commission_records SET status = 'processed', payout_id = $1, updated_at = now() WHERE id = ANY($2::uuid[])`, [row.id, group.ids]);
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
    const rows: Array<{ kind: string; balance: string }> = await this.tx.manager.query(
      `SELECT kind, balance FROM ledger_accounts WHERE kind IN ('driver_payable', 'driver_cash') AND owner = $1 AND currency = $2
        ORDER BY id ${lock ? 'FOR UPDATE' : ''}`,
      [driverId, currency],
    );
    const payable = Number(rows.find((r) => r.kind === 'driver_payable')?.balance ?? 0);
    const cash = Number(rows.find((r) => r.kind === 'driver_cash')?.balance ?? 0);
    return { payable, cash, available: Math.max(0, payable + Math.min(0, cash)) };
  }

  async requestDriverPayout(actor: Actor, amount: number, phone: string | undefined, currency: string | undefined): Promise<PayoutView> {
    const c = currency ?? this.config.WALLET_DEFAULT_CURRENCY;
    return this.tx.run(async (manager) => {
      // The driver's accounts stay locked until commit: two requests are checked one after the other.
      const { available } = await this.driverBalance(actor.user_id, c, true);
      if (amount > available) throw new PaymentException('INSUFFICIENT_BALANCE', `Available balance is ${available} ${c}`);
      const [row] = await manager.query(
        `INSERT INTO payouts (id, payee_type, payee_id, amount, currency, status, phone, requested_by)
         VALUES ($1, 'driver', $2, $3, $4, 'pending', $5, $2) RETURNING *`,
        [randomUUID(), actor.user_id, amount, c, phone ?? null],
      );
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
    return this.tx.run(async (manager) => {
      const [payout] = await manager.query(`SELECT * FROM payouts WHERE id = $1 FOR UPDATE`, [id]);
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
      const [row] = rowsOf(await manager.query(
        `UPDATE payouts SET status = $2, reference = COALESCE($3, reference), failure_reason = $4, decided_by = $5, decided_at = now(), updated_at = now()
          WHERE id = $1 RETURNING *`,
        [id, status, reference ?? null, status === 'failed' ? (reason ?? 'failed') : null, actor.user_id],
      ));
      if (payout.payee_type === 'restaurant') {
        await manager.query(
          status === 'paid'
            ? `UPDATE commission_records SET status = 'paid', updated_at = now() WHERE payout_id = $1`
            : `UPDATE commission_records SET status = 'calculated', payout_id = NULL, updated_at = now() WHERE payout_id = $1`,
          [id],
        );
      }
      return toPayoutView(row);
    });
  }

  async list(filter: { payee_type?: string; payee_id?: string; status?: string; from?: string; to?: string }, page: number, limit: number): Promise<{ items: PayoutView[]; total: number }> {
    const { where, params } = payoutFilter(filter);
    const rows = await this.tx.manager.query(
      `SELECT *, count(*) OVER () AS total FROM payouts ${where} ORDER BY created_at DESC, id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, limit, (page - 1) * limit],
    );
    let total = rows.length ? Number(rows[0].total) : 0;
    if (!rows.length && page > 1) total = (await this.tx.manager.query(`SELECT count(*)::int AS n FROM payouts ${where}`, params))[0].n;
    return { items: rows.map(toPayoutView), total };
  }
}

export function payoutFilter(filter: { payee_type?: string; payee_id?: string; status?: string; from?: string; to?: string }): { where: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    clauses.push(sql.replace('?', `$${params.length}`));
  };
  if (filter.payee_type) add('payee_type = ?', filter.payee_type);
  if (filter.payee_id) add('payee_id = ?', filter.payee_id);
  if (filter.status) add('status = ?', filter.status);
  if (filter.from) add('created_at >= ?', new Date(filter.from));
  if (filter.to) add('created_at < ?', new Date(filter.to));
  return { where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

function restaurantPayable(restaurantId: string, currency: string): AccountKey {
  return { kind: 'restaurant_payable', owner: restaurantId, currency };
}
