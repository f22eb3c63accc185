import { Injectable } from '@nestjs/common';
import { ConflictError, OrderView } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { OrderingException } from '../../ordering.exception';
import { IdempotencyKey } from './idempotency-key.entity';

/**
 * Idempotency-Key bookkeeping, inside the placing transaction. Claiming inserts the key; a
 * concurrent request with the same key blocks on the primary key until the first commits (then
 * it reads the stored answer) or rolls back (then it claims the key itself).
 */
@Injectable()
export class IdempotencyKeys {
  constructor(private readonly tx: TransactionHost) {}

  /** Null when the key is ours to use; the first answer when the same request came before. */
  async claim<T extends object = OrderView>(customerId: string, key: string, requestHash: string): Promise<T | null> {
    const inserted: unknown[] = await this.tx.manager.query(
      `INSERT INTO idempotency_keys (customer_id, key, request_hash) VALUES ($1, $2, $3)
       ON CONFLICT (customer_id, key) DO NOTHING RETURNING key`,
      [customerId, key, requestHash],
    );
    if (inserted.length) return null;
    const earlier = await this.tx.repository(IdempotencyKey).findOneByOrFail({ customer_id: customerId, key });
    if (earlier.request_hash !== requestHash) {
      throw new OrderingException('IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was already used with a different request');
    }
    if (!earlier.response) throw new ConflictError('A request with this Idempotency-Key is still in progress');
    return earlier.response as unknown as T;
  }

  async remember<T extends object = OrderView>(customerId: string, key: string, response: T): Promise<void> {
    await this.tx.repository(IdempotencyKey).update({ customer_id: customerId, key }, { response: response as unknown as OrderView });
  }
}
