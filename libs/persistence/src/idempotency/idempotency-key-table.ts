import { EntityManager } from 'typeorm';
import { ConflictError, PlatterError } from '@platter/contracts';

/** How long a key is kept and replayed (docs/ordering-payments.md): a retry later than this is a new request. */
export const IDEMPOTENCY_KEY_RETENTION_HOURS = 24;

/**
 * Idempotency-Key bookkeeping (Stripe's semantics) over a table of this shape, one per service:
 * `(customer_id uuid, key text, request_hash text, response jsonb, created_at timestamptz,
 * PRIMARY KEY (customer_id, key))`, indexed on created_at for pruning. Claiming inserts the key; a
 * concurrent request with the same key waits on the primary key until the first commits (then reads
 * its answer) or rolls back (then claims the key itself). Claim, work and remember belong in ONE
 * transaction: then a crash or a failed remember rolls the work back with the key.
 */
export class IdempotencyKeyTable {
  constructor(protected readonly table: string) {
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
    if (!earlier) throw inProgress();
    if (earlier.request_hash !== hash) throw reused();
    if (earlier.response === null) throw inProgress();
    return earlier.response;
  }

  async remember(manager: EntityManager, customerId: string, key: string, response: unknown): Promise<void> {
    await manager.query(`UPDATE ${this.table} SET response = $3 WHERE customer_id = $1 AND key = $2`, [customerId, key, JSON.stringify(response)]);
  }

  /** Frees the key after a failed request, so the client may retry with it. */
  async release(manager: EntityManager, customerId: string, key: string): Promise<void> {
    await manager.query(`DELETE FROM ${this.table} WHERE customer_id = $1 AND key = $2`, [customerId, key]);
  }

  /**
   * Deletes up to `batch` keys older than `olderThanHours`, if no other replica is pruning this table
   * (a transaction-scoped advisory lock, so call it inside a transaction, one per batch). Null when
   * another replica holds the lock; otherwise how many keys were deleted.
   */
  async pruneBatch(manager: EntityManager, olderThanHours: number, batch: number): Promise<number | null> {
    const [{ locked }]: Array<{ locked: boolean }> = await manager.query(
      `SELECT pg_try_advisory_xact_lock(hashtext(current_schema() || '.${this.table}.prune')) AS locked`,
    );
    if (!locked) return null;
    const deleted: unknown[] = await manager.query(
      `DELETE FROM ${this.table} WHERE (customer_id, key) IN (
         SELECT customer_id, key FROM ${this.table} WHERE created_at < now() - make_interval(hours => $1)
         ORDER BY created_at LIMIT $2 FOR UPDATE SKIP LOCKED)
       RETURNING key`,
      [olderThanHours, batch],
    );
    return rowsOf(deleted).length;
  }
}

/** What a leased claim leaves the caller to do. */
export type LeasedClaim<T> =
  /** The key is the caller's and nothing was recorded under it: do the work. */
  | { kind: 'new' }
  /** The same request was answered before: answer it again. */
  | { kind: 'answered'; response: T }
  /**
   * An earlier claimer recorded `resourceId` (a provider attempt) and then stopped (its lease ran
   * out, or its call failed): answer from that resource, never repeat its side effect.
   */
  | { kind: 'resume'; resourceId: string };

/**
 * Keys for work that cannot share one transaction with its key (a call to a payment provider). The
 * table has two more columns: `locked_until timestamptz` (the claimer's lease) and `resource_id text`
 * (what the work recorded before its side effect). The claim commits at once with a lease; the work
 * records its resource under the key in the same transaction that creates it, before the outside
 * call; then the answer is remembered. A claimer that died leaves a lease that runs out: the next
 * retry takes the key over and resumes from the recorded resource instead of answering 409 for ever.
 */
export class LeasedIdempotencyKeyTable extends IdempotencyKeyTable {
  /** Call inside a transaction: a takeover locks the row so two retries cannot both take it. */
  async claimLeased<T>(manager: EntityManager, customerId: string, key: string, hash: string, leaseSeconds: number): Promise<LeasedClaim<T>> {
    const inserted: unknown[] = await manager.query(
      `INSERT INTO ${this.table} (customer_id, key, request_hash, locked_until) VALUES ($1, $2, $3, now() + make_interval(secs => $4))
       ON CONFLICT (customer_id, key) DO NOTHING RETURNING key`,
      [customerId, key, hash, leaseSeconds],
    );
    if (inserted.length) return { kind: 'new' };
    const [earlier]: Array<{ request_hash: string; response: T | null; resource_id: string | null; leased: boolean }> = await manager.query(
      `SELECT request_hash, response, resource_id, coalesce(locked_until > now(), false) AS leased
       FROM ${this.table} WHERE customer_id = $1 AND key = $2 FOR UPDATE`,
      [customerId, key],
    );
    if (!earlier) throw inProgress();
    if (earlier.request_hash !== hash) throw reused();
    if (earlier.response !== null) return { kind: 'answered', response: earlier.response };
    if (earlier.leased) throw inProgress();
    await manager.query(`UPDATE ${this.table} SET locked_until = now() + make_interval(secs => $3) WHERE customer_id = $1 AND key = $2`, [customerId, key, leaseSeconds]);
    return earlier.resource_id ? { kind: 'resume', resourceId: earlier.resource_id } : { kind: 'new' };
  }

  /** Records the resource the work is about to act on; in the transaction that creates it. */
  async record(manager: EntityManager, customerId: string, key: string, resourceId: string): Promise<void> {
    await manager.query(`UPDATE ${this.table} SET resource_id = $3 WHERE customer_id = $1 AND key = $2`, [customerId, key, resourceId]);
  }

  /**
   * After a failed request: a key with nothing recorded is freed (nothing happened, the client may
   * retry); a key with a resource is kept and its lease ended, so a retry resumes from the resource
   * at once. True when the key was freed.
   */
  async releaseUnlessRecorded(manager: EntityManager, customerId: string, key: string): Promise<boolean> {
    const freed: unknown = await manager.query(
      `DELETE FROM ${this.table} WHERE customer_id = $1 AND key = $2 AND resource_id IS NULL AND response IS NULL RETURNING key`,
      [customerId, key],
    );
    if (rowsOf(freed).length) return true;
    await manager.query(`UPDATE ${this.table} SET locked_until = now() WHERE customer_id = $1 AND key = $2 AND response IS NULL`, [customerId, key]);
    return false;
  }
}

function inProgress(): PlatterError {
  return new ConflictError('A request with this Idempotency-Key is still in progress');
}

function reused(): PlatterError {
  return new PlatterError('IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was already used with a different request');
}

/** TypeORM's PostgreSQL driver answers DELETE ... RETURNING with `[rows, affectedCount]`, INSERT with the rows alone. */
function rowsOf(result: unknown): unknown[] {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0] as unknown[];
  return result as unknown[];
}
