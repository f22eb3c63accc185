import { Module } from '@nestjs/common';
import { AfterCommit } from './after-commit';
import { RequestKeys } from './request-keys';

/**
 * How payments' features run work around a transaction: after it commits (AfterCommit, one
 * subscriber for the service) and once per Idempotency-Key (RequestKeys). No rule of its own.
 */
@Module({
  providers: [AfterCommit, RequestKeys],
  exports: [AfterCommit, RequestKeys],
})
export class TransactionsModule {}
