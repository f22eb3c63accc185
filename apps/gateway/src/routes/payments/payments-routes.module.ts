import { Module } from '@nestjs/common';
import { PaymentCheckoutController } from './payment-checkout.controller';
import { PaymentWebhooksController } from './payment-webhooks.controller';
import { WalletTopupController } from './wallet-topup.controller';

/** /payments/{campay,noupay,stripe,paymob}/*, /payments/webhook/:provider, /client/wallet/topup → payments (providers). */
@Module({ controllers: [PaymentCheckoutController, PaymentWebhooksController, WalletTopupController] })
export class PaymentsRoutesModule {}
