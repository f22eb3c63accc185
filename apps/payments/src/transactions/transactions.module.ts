import { Module } from '@nestjs/common';
import { AfterCommit } from './after-commit';
import { RequestKeyPruning } from './request-key-pruning.job';
import { RequestKeys } from './request-keys';

/**
 * How payments' features run work around a transaction: after it commits (AfterCommit, one
 * subscriber for the service) and once per Idempotency-Key (RequestKeys, pruned by RequestKeyPruning).
 * No rule of its own.
 */
@Module({
  providers: [AfterCommit, RequestKeys, RequestKeyPruning],
  exports: [AfterCommit, RequestKeys],
})
export class TransactionsModule {}
