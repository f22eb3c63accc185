import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { randomUUID } from 'node:crypto';
import { CardCheckoutRequest, CheckoutView, InitiateMobileMoneyRequest, NotFoundError, RPC, RpcRequest, WalletTopupRequest } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { RpcEndpoint, requireActor, validData } from '@platter/service-kit';
import { Payment } from '../../../payments/payment.entity';
import { PaymentException } from '../../../payments/payment.exception';
import { PaymentRepository } from '../../../payments/payment.repository';
import { CardCheckout } from '../../checkout/card-checkout';
import { RequestKeys } from '../../../transactions/request-keys';
import { MobileMoneyCheckout } from '../../checkout/mobile-money-checkout';

/** The customer's checkout routes: pay an order through its provider, or top the wallet up. */
@Controller()
export class StartCheckoutRpc {
  constructor(
    private readonly tx: TransactionHost,
    private readonly payments: PaymentRepository,
    private readonly mobileMoney: MobileMoneyCheckout,
    private readonly cards: CardCheckout,
    private readonly keys: RequestKeys,
  ) {}

  @RpcEndpoint(RPC.payments.initiateMobileMoney)
  async initiateMobileMoney(@Payload() req: RpcRequest<unknown>): Promise<CheckoutView> {
    const actor = requireActor(req, 'customer');
    const data = validData(InitiateMobileMoneyRequest, req.data);
    return this.keys.aroundProviderCall(actor.user_id, data.idempotency_key, `mobile-money:${data.provider}`, data, {
      start: async (record) => {
        const payment = await this.orderPaymentOf(actor.user_id, data.order_id);
        if (payment.method !== data.provider) throw new PaymentException('PAYMENT_METHOD_MISMATCH', `This order is paid by ${payment.method}, not ${data.provider}`);
        return this.mobileMoney.initiate(payment.id, data.phone ?? null, record);
      },
      resume: (attemptId) => this.mobileMoney.viewOfAttempt(attemptId),
    });
  }

  @RpcEndpoint(RPC.payments.createStripeIntent)
  async createStripeIntent(@Payload() req: RpcRequest<unknown>): Promise<CheckoutView> {
    const actor = requireActor(req, 'customer');
    const data = validData(CardCheckoutRequest, req.data);
    return this.keys.aroundProviderCall(actor.user_id, data.idempotency_key, 'stripe', data, {
      start: async (record) => this.cards.start((await this.orderPaymentOf(actor.user_id, data.order_id)).id, 'stripe', record),
      resume: (attemptId) => this.cards.viewOfAttempt(attemptId),
    });
  }

  @RpcEndpoint(RPC.payments.initiatePaymob)
  async initiatePaymob(@Payload() req: RpcRequest<unknown>): Promise<CheckoutView> {
    const actor = requireActor(req, 'customer');
    const data = validData(CardCheckoutRequest, req.data);
    return this.keys.aroundProviderCall(actor.user_id, data.idempotency_key, 'paymob', data, {
      start: async (record) => this.cards.start((await this.orderPaymentOf(actor.user_id, data.order_id)).id, 'paymob', record),
      resume: (attemptId) => this.cards.viewOfAttempt(attemptId),
    });
  }

  /** A payment of purpose wallet_topup, started at once; PaymentOutcomes credits the wallet when it succeeds. */
  @RpcEndpoint(RPC.payments.topUpWallet)
  async topUpWallet(@Payload() req: RpcRequest<unknown>): Promise<CheckoutView> {
    const actor = requireActor(req, 'customer');
    const data = validData(WalletTopupRequest, req.data);
    const mobile = data.method === 'campay' || data.method === 'noupay';
    // The request class has already normalised a given phone to E.164.
    const phone = data.phone ?? null;
    if (mobile && !phone) throw PaymentException.invalidInput('phone', 'phone is required for a mobile-money top-up');
    return this.keys.aroundProviderCall(actor.user_id, data.idempotency_key, 'wallet-topup', data, {
      start: async (record) => {
        const paymentId = randomUUID();
        await this.tx.run(() => this.payments.insertTopUp({ id: paymentId, customer_id: actor.user_id, method: data.method, amount: data.amount, currency: data.currency ?? 'XAF', payer_phone: phone }));
        if (mobile) return this.mobileMoney.initiate(paymentId, phone, record);
        return this.cards.start(paymentId, data.method as 'stripe' | 'paymob', record);
      },
      resume: (attemptId) => (mobile ? this.mobileMoney.viewOfAttempt(attemptId) : this.cards.viewOfAttempt(attemptId)),
    });
  }

  /** The payment of one of the customer's own orders (someone else's order is simply not found). */
  private async orderPaymentOf(customerId: string, orderId: string): Promise<Payment> {
    const payment = await this.payments.findOfOrder(orderId);
    if (!payment || payment.customer_id !== customerId) throw new NotFoundError('No payment for this order');
    return payment;
  }
}
