import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { TransactionHost } from '@platter/persistence';
import { ACTIVE_ATTEMPT_STATUSES, AttemptStatus, PaymentAttempt, ProviderName } from './payment-attempt.entity';

/** Our reference of an attempt: short, unique, safe in every provider's reference field. */
export function newExternalReference(): string {
  return `pl_${randomUUID().replace(/-/g, '')}`;
}

/** Payment attempts, read and written inside the caller's transaction (TransactionHost). */
@Injectable()
export class AttemptStore {
  constructor(private readonly tx: TransactionHost) {}

  async create(a: { paymentId: string; provider: ProviderName; status: AttemptStatus; amount: number; currency: string; phone?: string | null }): Promise<PaymentAttempt> {
    const [row] = await this.tx.manager.query(
      `INSERT INTO payment_attempts (id, payment_id, provider, external_reference, status, amount, currency, phone)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING *`,
      [randomUUID(), a.paymentId, a.provider, newExternalReference(), a.status, a.amount, a.currency, a.phone ?? null],
    );
    return row as PaymentAttempt;
  }

  /** The attempt in flight for a payment, if any (at most one: a unique index says so). */
  async active(paymentId: string): Promise<PaymentAttempt | null> {
    const [row] = await this.tx.manager.query(`SELECT * FROM payment_attempts WHERE payment_id = $1 AND status = ANY($2) FOR UPDATE`, [paymentId, ACTIVE_ATTEMPT_STATUSES]);
    return (row as PaymentAttempt) ?? null;
  }

  async lock(id: string): Promise<PaymentAttempt | null> {
    const [row] = await this.tx.manager.query(`SELECT * FROM payment_attempts WHERE id = $1 FOR UPDATE`, [id]);
    return (row as PaymentAttempt) ?? null;
  }

  async find(provider: ProviderName, key: { externalReference?: string | null; providerReference?: string | null }): Promise<PaymentAttempt | null> {
    if (key.externalReference) {
      const [row] = await this.tx.manager.query(`SELECT * FROM payment_attempts WHERE external_reference = $1 AND provider = $2`, [key.externalReference, provider]);
      if (row) return row as PaymentAttempt;
    }
    if (key.providerReference) {
      const [row] = await this.tx.manager.query(`SELECT * FROM payment_attempts WHERE provider_reference = $1 AND provider = $2`, [key.providerReference, provider]);
      if (row) return row as PaymentAttempt;
    }
    return null;
  }

  async update(id: string, changes: Partial<Omit<PaymentAttempt, 'id' | 'payment_id' | 'created_at' | 'updated_at'>>): Promise<void> {
    const keys = Object.keys(changes);
    if (!keys.length) return;
    const sets = keys.map((k, i) => `${k} = $${i + 2}`).join(', ');
    await this.tx.manager.query(`UPDATE payment_attempts SET ${sets}, updated_at = now() WHERE id = $1`, [id, ...keys.map((k) => (changes as Record<string, unknown>)[k])]);
  }
}
