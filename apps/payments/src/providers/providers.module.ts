import { Module } from '@nestjs/common';
import { PaymentRepository } from '../payments/payment.repository';
import { PaymentsModule } from '../payments/payments.module';
import { RefundsModule } from '../refunds/refunds.module';
import { TransactionsModule } from '../transactions/transactions.module';
import { AttemptResolver } from './attempts/attempt-resolver';
import { PaymentAttemptRepository } from './attempts/payment-attempt.repository';
import { DoubleCaptureRefunds } from './attempts/double-capture-refunds';
import { PaymentAttempt } from './attempts/payment-attempt.entity';
import { WebhookReceipt } from './attempts/webhook-receipt.entity';
import { WebhookReceiptRepository } from './attempts/webhook-receipt.repository';
import { CardCheckout } from './checkout/card-checkout';
import { StartCheckoutRpc } from './commands/start-checkout/start-checkout.rpc';
import { MobileMoneyCheckout } from './checkout/mobile-money-checkout';
import { MobileMoneyStarter } from './checkout/mobile-money-starter';
import { AttemptPoller } from './polling/attempt-poller';
import { PaymentCheckRequestedConsumer } from './polling/payment-check-requested.consumer';
import { ProviderClients } from './provider-clients';
import { ProviderRefunds } from './provider-refunds.port';
import { ProviderRefundsService } from './refunds/provider-refunds.service';
import { RefundDispatcher } from './refunds/refund-dispatcher';
import { ReceiveWebhookRpc } from './commands/receive-webhook/receive-webhook.rpc';
import { ReceiveWebhookService } from './commands/receive-webhook/receive-webhook.service';

export const providersEntities = [PaymentAttempt, WebhookReceipt];

/**
 * The payment providers (CamPay, NouPay, Stripe, Paymob): checkout, webhooks, the status poll, the
 * mobile-money fallback, the push of a new mobile-money order to its payer's phone (registered with
 * payments' PaymentStarter) and the sending of the refunds feature's provider refunds. It builds on
 * payments and refunds; neither depends on it.
 */
@Module({
  imports: [TransactionsModule, PaymentsModule, RefundsModule],
  controllers: [StartCheckoutRpc, ReceiveWebhookRpc, PaymentCheckRequestedConsumer],
  providers: [
    PaymentRepository,
    WebhookReceiptRepository,
    ProviderClients,
    PaymentAttemptRepository,
    AttemptResolver,
    DoubleCaptureRefunds,
    MobileMoneyCheckout,
    CardCheckout,
    ReceiveWebhookService,
    AttemptPoller,
    MobileMoneyStarter,
    RefundDispatcher,
    { provide: ProviderRefunds, useClass: ProviderRefundsService },
  ],
  exports: [ProviderRefunds, MobileMoneyCheckout, CardCheckout, AttemptPoller],
})
export class ProvidersModule {}
