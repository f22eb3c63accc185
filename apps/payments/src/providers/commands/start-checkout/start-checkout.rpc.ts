import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { randomUUID } from 'node:crypto';
import { CardCheckoutRequest, CheckoutView, InitiateMobileMoneyRequest, NotFoundError, RPC, RpcRequest, WalletTopupRequest } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { RpcEndpoint, requireActor, validData } from '@platter/service-kit';
import { PaymentException } from '../../../payments/payment.exception';
import { CardCheckout } from '../../checkout/card-checkout';
import { RequestKeys } from '../../../transactions/request-keys';
import { MobileMoneyCheckout } from '../../checkout/mobile-money-checkout';

/** The customer's checkout routes: pay an order through its provider, or top the wallet up. */
@Controller()
export class StartCheckoutRpc {
  constructor(
    private readonly tx: TransactionHost,
    private readonly mobileMoney: MobileMoneyCheckout,
    private readonly cards: CardCheckout,
    private readonly keys: RequestKeys,
  ) {}

  @RpcEndpoint(RPC.payments.initiateMobileMoney)
  async initiateMobileMoney(@Payload() req: RpcRequest<unknown>): Promise<CheckoutView> {
    const actor = requireActor(req, 'customer');
    const data = validData(InitiateMobileMoneyRequest, req.data);
    return this.keys.run(actor.user_id, data.idempotency_key, `mobile-money:${data.provider}`, data, async () => {
      const paymentId = await this.orderPaymentOf(actor.user_id, data.order_id);
      const payment = await this.tx.manager.query(`SELECT method FROM payments WHERE id = $1`, [paymentId]);
      if (payment[0]?.method !== data.provider) throw new PaymentException('PAYMENT_METHOD_MISMATCH', `This order is paid by ${payment[0]?.method}, not ${data.provider}`);
      return this.mobileMoney.initiate(paymentId, data.phone ?? null);
    });
  }

  @RpcEndpoint(RPC.payments.createStripeIntent)
  async createStripeIntent(@Payload() req: RpcRequest<unknown>): Promise<CheckoutView> {
    const actor = requireActor(req, 'customer');
    const data = validData(CardCheckoutRequest, req.data);
    return this.keys.run(actor.user_id, data.idempotency_key, 'stripe', data, async () => this.cards.start(await this.orderPaymentOf(actor.user_id, data.order_id), 'stripe'));
  }

  @RpcEndpoint(RPC.payments.initiatePaymob)
  async initiatePaymob(@Payload() req: RpcRequest<unknown>): Promise<CheckoutView> {
    const actor = requireActor(req, 'customer');
    const data = validData(CardCheckoutRequest, req.data);
    return this.keys.run(actor.user_id, data.idempotency_key, 'paymob', data, async () => this.cards.start(await this.orderPaymentOf(actor.user_id, data.order_id), 'paymob'));
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
    return this.keys.run(actor.user_id, data.idempotency_key, 'wallet-topup', data, async () => {
      const paymentId = randomUUID();
      await this.tx.run(() =>
        this.tx.manager.query(
          `INSERT INTO payments (id, order_id, restaurant_id, customer_id, purpose, method, provider, amount, currency, status, payer_phone)
           VALUES ($1, NULL, NULL, $2, 'wallet_topup', $3, $3, $4, $5, 'pending', $6)`,
          [paymentId, actor.user_id, data.method, data.amount, data.currency ?? 'XAF', phone],
        ),
      );
      if (mobile) return this.mobileMoney.initiate(paymentId, phone);
      return this.cards.start(paymentId, data.method as 'stripe' | 'paymob');
    });
  }

  /** The payment of one of the customer's own orders (someone else's order is simply not found). */
  private async orderPaymentOf(customerId: string, orderId: string): Promise<string> {
    const [row] = await this.tx.manager.query(`SELECT id, customer_id FROM payments WHERE order_id = $1 AND purpose = 'order'`, [orderId]);
    if (!row || row.customer_id !== customerId) throw new NotFoundError('No payment for this order');
    return row.id;
  }
}
