import { Injectable } from '@nestjs/common';
import { Actor, NotFoundError, PaymentView } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { PaymentException } from '../../payment.exception';
import { toPaymentView } from '../../payment.view';
import { WalletCharger } from '../../wallet-charger';
import { PaymentRepository } from '../../payment.repository';

/**
 * POST /payments/wallet/charge {order_id}: pays the customer's own wallet order whose payment is
 * still open (after a top-up, say). Idempotent: an already paid order answers its payment again.
 * Not enough in the wallet → 422 INSUFFICIENT_BALANCE and the payment stays open.
 */
@Injectable()
export class ChargeWalletService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly payments: PaymentRepository,
    private readonly charger: WalletCharger,
  ) {}

  async charge(actor: Actor, orderId: string): Promise<PaymentView> {
    return this.tx.run(async () => {
      const payment = await this.payments.lock({ order_id: orderId });
      // Someone else's order reads as unknown: no hint that it exists.
      if (!payment || (payment.customer_id !== actor.user_id && actor.role !== 'admin')) throw new NotFoundError('Payment');
      if (payment.method !== 'wallet') throw new PaymentException('INVALID_STATE_TRANSITION', `This order is paid by ${payment.method}, not from the wallet`);
      if (payment.status === 'succeeded') return toPaymentView(payment);
      if (payment.status === 'cancelled' || payment.order_cancelled_at) throw new PaymentException('INVALID_STATE_TRANSITION', 'The order was cancelled');
      const result = await this.charger.charge(payment);
      if (result === 'insufficient_balance') throw new PaymentException('INSUFFICIENT_BALANCE', 'Wallet balance insufficient for this transaction');
      return toPaymentView(payment);
    });
  }
}
