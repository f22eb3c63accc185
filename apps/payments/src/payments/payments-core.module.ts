import { Module } from '@nestjs/common';
import { RefundIssuer } from '../refunds/refund-issuer';
import { RefundWakeups } from '../refunds/refund-wakeups';
import { Ledger } from '../wallet/ledger';
import { AfterCommit } from './after-commit';
import { PaymentOutcomes } from './payment-outcomes';
import { RequestKeys } from './request-keys';

/**
 * What every payments feature shares and depends on nothing else of the service: the ledger, the
 * payment outcomes (for the provider clients) and the in-transaction part of refunds. The provider
 * module imports it; the refunds module imports both (no cycle).
 */
@Module({
  providers: [Ledger, AfterCommit, PaymentOutcomes, RefundIssuer, RefundWakeups, RequestKeys],
  exports: [Ledger, AfterCommit, PaymentOutcomes, RefundIssuer, RefundWakeups, RequestKeys],
})
export class PaymentsCoreModule {}
