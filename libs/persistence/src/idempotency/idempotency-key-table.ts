import { EntityManager } from 'typeorm';
import { ConflictError, PlatterError } from '@platter/contracts';

/**
 * Idempotency-Key bookkeeping (Stripe's semantics) over a table of this shape, one per service:
 * `(customer_id uuid, key text, request_hash text, response jsonb, created_at timestamptz,
 * PRIMARY KEY (customer_id, key))`. Claiming inserts the key; a concurrent request with the same
 * key waits on the primary key until the first commits (then reads its answer) or rolls back (then
 * claims the key itself).
 */
export class IdempotencyKeyTable {
  constructor(private readonly table: string) {
    if (!/^[a-z_]+$/.test(table)) throw new Error(`not a table name: ${table}`);
  }

  /**
   * Null when the key is the caller's to use; the first answer when the same request came before.
   * 422 IDEMPOTENCY_KEY_REUSED for another request under the key, 409 while the first is still running.
   */
  async claim<T>(manager: EntityManager, customerId: string, key: string, hash: string): Promise<T | null> {
    const inserted: unknown[] = await manager.query(
      `INSERT INTO ${this.table} (customer_id, key, request_hash) VALUES ($1, $2, $3)
       ON CONFLICT (customer_id, key) DO NOTHING RETURNING key`,
      [customerId, key, hash],
    );
    if (inserted.length) return null;
    const [earlier]: Array<{ request_hash: string; response: T | null }> = await manager.query(
      `SELECT request_hash, response FROM ${this.table} WHERE customer_id = $1 AND key = $2`,
      [customerId, key],
    );
    // Released by a failed first request between our insert and this read: it may be retried.
    if (!earlier) throw new ConflictError('A request with this Idempotency-Key is still in progress');
    if (earlier.request_hash !== hash) throw new PlatterError('IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was already used with a different request');
    if (earlier.response === null) throw new ConflictError('A request with this Idempotency-Key is still in progress');
    return earlier.response;
  }

  async remember(manager: EntityManager, customerId: string, key: string, response: unknown): Promise<void> {
    await manager.query(`UPDATE ${this.table} SET response = $3 WHERE customer_id = $1 AND key = $2`, [customerId, key, JSON.stringify(response)]);
  }

  /** Frees the key after a failed request, so the client may retry with it. */
  async release(manager: EntityManager, customerId: string, key: string): Promise<void> {
    await manager.query(`DELETE FROM ${this.table} WHERE customer_id = $1 AND key = $2`, [customerId, key]);
  }
}
