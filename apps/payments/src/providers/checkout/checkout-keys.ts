import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { CheckoutView, ConflictError } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { PaymentException } from '../../payments/payment.exception';
import { outsideAnyTransaction } from '../outside-transaction';

/** JSON with sorted keys, so the same body always hashes the same. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    return `{${Object.keys(record).filter((k) => record[k] !== undefined).sort().map((k) => `${JSON.stringify(k)}:${canonical(record[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export function checkoutRequestHash(route: string, body: object): string {
  const { idempotency_key: _key, ...rest } = body as Record<string, unknown>;
  return createHash('sha256').update(`${route}\n${canonical(rest)}`).digest('hex');
}

/**
 * Idempotency-Key on the checkout routes (Stripe's semantics): the same key and body answer the
 * first answer again; the same key with another body (or route) is 422; a request still running
 * under the key is 409. A failed request releases its key, so the client may retry with it.
 */
@Injectable()
export class CheckoutKeys {
  constructor(private readonly tx: TransactionHost) {}

  run(customerId: string, key: string | undefined, route: string, body: object, work: () => Promise<CheckoutView>): Promise<CheckoutView> {
    if (!key) return work();
    const hash = checkoutRequestHash(route, body);
    return outsideAnyTransaction(async () => {
      const earlier = await this.tx.run(async () => {
        const inserted: unknown[] = await this.tx.manager.query(
          `INSERT INTO payment_request_keys (customer_id, key, request_hash) VALUES ($1, $2, $3) ON CONFLICT (customer_id, key) DO NOTHING RETURNING key`,
          [customerId, key, hash],
        );
        if (inserted.length) return null;
        const [row] = await this.tx.manager.query(`SELECT request_hash, response FROM payment_request_keys WHERE customer_id = $1 AND key = $2`, [customerId, key]);
        if (!row) throw new ConflictError('A request with this Idempotency-Key is still in progress');
        if (row.request_hash !== hash) throw new PaymentException('IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was already used with a different request');
        if (!row.response) throw new ConflictError('A request with this Idempotency-Key is still in progress');
        return row.response as CheckoutView;
      });
      if (earlier) return earlier;
      try {
        const answer = await work();
        await this.tx.run(() => this.tx.manager.query(`UPDATE payment_request_keys SET response = $3 WHERE customer_id = $1 AND key = $2`, [customerId, key, JSON.stringify(answer)]));
        return answer;
      } catch (err) {
        await this.tx.run(() => this.tx.manager.query(`DELETE FROM payment_request_keys WHERE customer_id = $1 AND key = $2`, [customerId, key]));
        throw err;
      }
    });
  }
}
