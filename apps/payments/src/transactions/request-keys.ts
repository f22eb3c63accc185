import { Injectable, Logger } from '@nestjs/common';
import { LeasedIdempotencyKeyTable, TransactionHost, requestHash } from '@platter/persistence';

export const REQUEST_KEYS = new LeasedIdempotencyKeyTable('payment_request_keys');

/**
 * How long a claimer of a provider call holds its key before a retry may take it over: longer than
 * the provider calls of one request (a timeout per provider of the fallback chain) take.
 */
export const REQUEST_KEY_LEASE_SECONDS = 120;

/** A provider call under a key: start it (recording its attempt first), or answer a recorded one. */
export interface ProviderCallSteps<T> {
  /**
   * Does the work. `record(attemptId)` must be called inside the transaction that creates (or
   * picks) the attempt, before the provider is called: from then on the key never lets the call be
   * made again.
   */
  start(record: (attemptId: string) => Promise<void>): Promise<T>;
  /** The answer for a recorded attempt, read from the database: never calls the provider. */
  resume(attemptId: string): Promise<T>;
}

/**
 * Idempotency-Key on payments' routes that charge or move money (checkout, top-up, payout request,
 * admin credit), with Stripe's semantics: the same key and body answer the first answer again; the
 * same key with another body (or route) is 422; a request still running under the key is 409.
 * Keys are kept 24 hours (RequestKeyPruning). See docs/ordering-payments.md.
 */
@Injectable()
export class RequestKeys {
  private readonly log = new Logger('RequestKeys');

  constructor(private readonly tx: TransactionHost) {}

  /**
   * Database-only work (a wallet credit, a payout request): claim, work and remember in ONE
   * transaction (the work's own transaction joins it), so the key and the money commit or roll back
   * together, and a failed request leaves its key free for a retry.
   */
  inTransaction<T>(customerId: string, key: string | undefined, route: string, body: object, work: () => Promise<T>): Promise<T> {
    if (!key) return work();
    const hash = requestHash(body, route);
    return this.tx.outside(() =>
      this.tx.run(async (manager) => {
        const earlier = await REQUEST_KEYS.claim<T>(manager, customerId, key, hash);
        if (earlier) return earlier;
        const answer = await work();
        await REQUEST_KEYS.remember(manager, customerId, key, answer);
        return answer;
      }),
    );
  }

  /**
   * Work that calls a provider, which cannot share a transaction with the key. The claim commits
   * with a lease; the attempt is recorded under the key before the call; after a side effect may have
   * happened the key is never freed: a retry answers the recorded attempt (resume). A retry while the
   * lease runs is 409; after it, the key is taken over (the claimer died or lost its answer).
   */
  aroundProviderCall<T>(customerId: string, key: string | undefined, route: string, body: object, steps: ProviderCallSteps<T>): Promise<T> {
    if (!key) return steps.start(async () => undefined);
    const hash = requestHash(body, route);
    return this.tx.outside(async () => {
      const claim = await this.tx.run((manager) => REQUEST_KEYS.claimLeased<T>(manager, customerId, key, hash, REQUEST_KEY_LEASE_SECONDS));
      if (claim.kind === 'answered') return claim.response;
      let answer: T;
      try {
        answer =
          claim.kind === 'resume'
            ? await steps.resume(claim.resourceId)
            : await steps.start((attemptId) => REQUEST_KEYS.record(this.tx.manager, customerId, key, attemptId));
      } catch (err) {
        await this.tx
          .run((manager) => REQUEST_KEYS.releaseUnlessRecorded(manager, customerId, key))
          // The lease still ends the claim: a retry after it resumes or starts afresh.
          .catch((releaseErr: Error) => this.log.warn(`could not end the claim of a failed request: ${releaseErr.message}`));
        throw err;
      }
      // The provider has been called: a lost answer is not the client's failure. A retry after the
      // lease resumes from the recorded attempt.
      await this.tx
        .run((manager) => REQUEST_KEYS.remember(manager, customerId, key, answer))
        .catch((err: Error) => this.log.warn(`could not remember the answer of a provider call: ${err.message}`));
      return answer;
    });
  }
}
