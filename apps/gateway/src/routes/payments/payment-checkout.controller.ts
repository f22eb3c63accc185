import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, VerifiedActor } from '@platter/auth';
import { CardCheckoutBody, CheckoutView, MobileMoneyCheckoutBody, RPC } from '@platter/contracts';
import { RpcClient } from '@platter/messaging';
import { ApiRequiredIdempotencyKey, RequestId, RequiredIdempotencyKey } from '../../http/request-params';
import { Authenticated } from '../common/access';
import { actorOf } from '../common/actor-of';

/** What an Idempotency-Key does on every checkout route. */
const CHECKOUT_KEY_EFFECT = 'same key and body → the first answer again, the provider asked once; same key, other body → 422; while the first is running → 409';

/** A customer pays one of their orders through its provider (the amount is payments' own, never the client's). */
@ApiTags('payments')
@Controller('payments')
export class PaymentCheckoutController {
  constructor(private readonly rpc: RpcClient) {}

  @Post('campay/initiate')
  @HttpCode(200)
  @Authenticated('customer')
  @ApiRequiredIdempotencyKey(CHECKOUT_KEY_EFFECT)
  @ApiOperation({ summary: 'Push the order’s payment to a phone through CamPay (NouPay if CamPay is down)' })
  campay(@Body() body: MobileMoneyCheckoutBody, @RequiredIdempotencyKey() key: string, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<CheckoutView> {
    return this.rpc.call(RPC.payments.initiateMobileMoney, { actor: actorOf(actor), data: { ...body, provider: 'campay', idempotency_key: key } }, { correlationId: requestId });
  }

  @Post('noupay/initiate')
  @HttpCode(200)
  @Authenticated('customer')
  @ApiRequiredIdempotencyKey(CHECKOUT_KEY_EFFECT)
  @ApiOperation({ summary: 'Push the order’s payment to a phone through NouPay (CamPay if NouPay is down)' })
  noupay(@Body() body: MobileMoneyCheckoutBody, @RequiredIdempotencyKey() key: string, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<CheckoutView> {
    return this.rpc.call(RPC.payments.initiateMobileMoney, { actor: actorOf(actor), data: { ...body, provider: 'noupay', idempotency_key: key } }, { correlationId: requestId });
  }

  @Post('stripe/create-intent')
  @HttpCode(200)
  @Authenticated('customer')
  @ApiRequiredIdempotencyKey(CHECKOUT_KEY_EFFECT)
  @ApiOperation({ summary: 'A Stripe PaymentIntent for the order (confirm it client-side with client_secret)' })
  stripe(@Body() body: CardCheckoutBody, @RequiredIdempotencyKey() key: string, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<CheckoutView> {
    return this.rpc.call(RPC.payments.createStripeIntent, { actor: actorOf(actor), data: { ...body, idempotency_key: key } }, { correlationId: requestId });
  }

  @Post('paymob/initiate')
  @HttpCode(200)
  @Authenticated('customer')
  @ApiRequiredIdempotencyKey(CHECKOUT_KEY_EFFECT)
  @ApiOperation({ summary: 'A Paymob card iframe for the order' })
  paymob(@Body() body: CardCheckoutBody, @RequiredIdempotencyKey() key: string, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<CheckoutView> {
    return this.rpc.call(RPC.payments.initiatePaymob, { actor: actorOf(actor), data: { ...body, idempotency_key: key } }, { correlationId: requestId });
  }
}
