import { Module } from '@nestjs/common';
import { PaymentsCoreModule } from '../payments/payments-core.module';
import { AttemptResolver } from './attempts/attempt-resolver';
import { AttemptStore } from './attempts/attempt-store';
import { DoubleCaptureRefunds } from './attempts/double-capture-refunds';
import { PaymentAttempt } from './attempts/payment-attempt.entity';
import { WebhookReceipt } from './attempts/webhook-receipt.entity';
import { CardCheckout } from './checkout/card-checkout';
import { CheckoutHandler } from './checkout/checkout.handler';
import { MobileMoneyCheckout } from './checkout/mobile-money-checkout';
import { AttemptPoller } from './polling/attempt-poller';
import { PaymentCheckRequestedHandler } from './polling/payment-check-requested.handler';
import { ProviderClients } from './provider-clients';
import { ProviderRefunds } from './provider-refunds.port';
import { ProviderRefundsService } from './refunds/provider-refunds.service';
import { WebhookHandler } from './webhooks/webhook.handler';
import { WebhookService } from './webhooks/webhook.service';

export const providersEntities = [PaymentAttempt, WebhookReceipt];

/**
 * The payment providers (CamPay, NouPay, Stripe, Paymob): checkout, webhooks, the status poll,
 * the mobile-money fallback, and ProviderRefunds for the refunds feature. MobileMoneyCheckout is
 * exported for open-payment (a mobile-money order with a payer phone is pushed at once).
 */
@Module({
  imports: [PaymentsCoreModule],
  controllers: [CheckoutHandler, WebhookHandler, PaymentCheckRequestedHandler],
  providers: [
    ProviderClients,
    AttemptStore,
    AttemptResolver,
    DoubleCaptureRefunds,
    MobileMoneyCheckout,
    CardCheckout,
    WebhookService,
    AttemptPoller,
    { provide: ProviderRefunds, useClass: ProviderRefundsService },
  ],
  exports: [ProviderRefunds, MobileMoneyCheckout, CardCheckout, AttemptPoller],
})
export class ProvidersModule {}
