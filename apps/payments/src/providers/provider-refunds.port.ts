/** What a provider answered to a refund: done, accepted for later (confirmed by webhook), or refused. */
export interface ProviderRefundResult {
  status: 'succeeded' | 'pending' | 'failed';
  /** The provider's id of the refund (or of the disbursement that carries it). */
  reference: string | null;
  reason?: string;
}

export interface ProviderRefundRequest {
  /** The provider that captured the payment: campay, noupay, stripe or paymob. */
  provider: string;
  paymentId: string;
  /** The provider's id of the capture (Stripe PaymentIntent, Paymob transaction, CamPay reference). */
  providerReference: string | null;
  /** Minor units. */
  amount: number;
  currency: string;
  /** Where mobile-money refunds go (E.164): providers without a refund call pay the number back. */
  payerPhone: string | null;
  reason: string;
  /** Stable per refund, so a retried call never refunds twice. */
  idempotencyKey: string;
}

/**
 * Port: gives money back through the provider that took it. The refunds feature depends on this;
 * the provider clients (providers/) implement it.
 */
export abstract class ProviderRefunds {
  abstract refund(request: ProviderRefundRequest): Promise<ProviderRefundResult>;
}
