import { Injectable } from '@nestjs/common';
import { IdempotencyKeyTable, TransactionHost, requestHash } from '@platter/persistence';

const KEYS = new IdempotencyKeyTable('payment_request_keys');

/**
 * Idempotency-Key on payments' routes that charge or move money (checkout, top-up, payout request,
 * admin credit), with Stripe's semantics: the same key and body answer the
 * first answer again; the same key with another body (or route) is 422; a request still running
 * under the key is 409. A failed request releases its key, so the client may retry with it.
 */
@Injectable()
export class RequestKeys {
  constructor(private readonly tx: TransactionHost) {}

  run<T>(customerId: string, key: string | undefined, route: string, body: object, work: () => Promise<T>): Promise<T> {
    if (!key) return work();
    const hash = requestHash(body, route);
    return this.tx.outside(async () => {
      const earlier = await this.tx.run((manager) => KEYS.claim<T>(manager, customerId, key, hash));
      if (earlier) return earlier;
      try {
        const answer = await work();
        await this.tx.run((manager) => KEYS.remember(manager, customerId, key, answer));
        return answer;
      } catch (err) {
        await this.tx.run((manager) => KEYS.release(manager, customerId, key));
        throw err;
      }
    });
  }
}
