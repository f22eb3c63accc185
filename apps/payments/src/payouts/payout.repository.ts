import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { TransactionHost } from '@platter/persistence';
import { rowsOf } from '../transactions/sql-rows';

export interface PayoutFilter {
  payee_type?: string;
  payee_id?: string;
  status?: string;
  from?: string;
  to?: string;
}

/** A payouts row as stored (amount as the driver returns a bigint). */
export type PayoutRow = Record<string, unknown> & { id: string; payee_type: 'restaurant' | 'driver'; payee_id: string; amount: string | number; currency: string; status: string };

/** The WHERE clause of a payout filter, with its parameters ($1, $2, ...). */
export function payoutFilter(filter: PayoutFilter): { where: string; params: unknown[] } {
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

/** The payouts table (no entity: rows are answered as stored, RETURNING *). Every statement on it is here. */
@Injectable()
export class PayoutRepository {
  constructor(private readonly tx: TransactionHost) {}

  private get manager() {
    return this.tx.manager;
  }

  /** One payout run at a time across replicas (the job and POST /admin/payouts/run), until the transaction ends. */
  async lockRuns(): Promise<void> {
    await this.manager.query(`SELECT pg_advisory_xact_lock(hashtext('payments.payouts.run'))`);
  }

  async insertRestaurantPayout(p: { restaurant_id: string; amount: number; currency: string; records: number; requested_by: string | null }): Promise<PayoutRow> {
    const [row] = await this.manager.query(
      `INSERT INTO payouts (id, payee_type, payee_id, amount, currency, status, records_count, requested_by)
       VALUES ($1, 'restaurant', $2, $3, $4, 'pending', $5, $6) RETURNING *`,
      [randomUUID(), p.restaurant_id, p.amount, p.currency, p.records, p.requested_by],
    );
    return row;
  }

  async insertDriverPayout(p: { driver_id: string; amount: number; currency: string; phone: string | null }): Promise<PayoutRow> {
    const [row] = await this.manager.query(
      `INSERT INTO payouts (id, payee_type, payee_id, amount, currency, status, phone, requested_by)
       VALUES ($1, 'driver', $2, $3, $4, 'pending', $5, $2) RETURNING *`,
      [randomUUID(), p.driver_id, p.amount, p.currency, p.phone],
    );
    return row;
  }

  /** Locked FOR UPDATE until the caller's transaction ends. */
  async lock(id: string): Promise<PayoutRow | null> {
    const [row] = await this.manager.query(`SELECT * FROM payouts WHERE id = $1 FOR UPDATE`, [id]);
    return row ?? null;
  }

  /** Records finance's decision: paid (with the transfer's reference) or failed (with a reason). */
  async decide(id: string, d: { status: 'paid' | 'failed'; reference: string | null; failure_reason: string | null; decided_by: string }): Promise<PayoutRow> {
    const [row] = rowsOf<PayoutRow>(await this.manager.query(
      `UPDATE payouts SET status = $2, reference = COALESCE($3, reference), failure_reason = $4, decided_by = $5, decided_at = now(), updated_at = now()
        WHERE id = $1 RETURNING *`,
      [id, d.status, d.reference, d.failure_reason, d.decided_by],
    ));
    return row;
  }

  /** A page of payouts, newest first, each row carrying the total count. */
  page(filter: PayoutFilter, page: number, limit: number): Promise<Array<PayoutRow & { total: string }>> {
    const { where, params } = payoutFilter(filter);
    return this.manager.query(
      `SELECT *, count(*) OVER () AS total FROM payouts ${where} ORDER BY created_at DESC, id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, limit, (page - 1) * limit],
    );
  }

  async count(filter: PayoutFilter): Promise<number> {
    const { where, params } = payoutFilter(filter);
    return (await this.manager.query(`SELECT count(*)::int AS n FROM payouts ${where}`, params))[0].n;
  }

  /** What the driver's pending payouts add up to in `currency`. */
  async pendingDriverTotal(driverId: string, currency: string): Promise<number> {
    const [pending] = await this.manager.query(
      `SELECT COALESCE(SUM(amount), 0)::bigint AS n FROM payouts WHERE payee_type = 'driver' AND payee_id = $1 AND currency = $2 AND status = 'pending'`,
      [driverId, currency],
    );
    return Number(pending.n);
  }

  /** Count and amount per currency, status and payee type over every payout matching the filter. */
  totals(filter: PayoutFilter): Promise<Array<Record<string, unknown>>> {
    const { where, params } = payoutFilter(filter);
    return this.manager.query(
      `SELECT currency, status, payee_type, count(*)::int AS count, SUM(amount)::bigint AS amount FROM payouts ${where}
        GROUP BY currency, status, payee_type ORDER BY currency, payee_type, status`,
      params,
    );
  }
}
