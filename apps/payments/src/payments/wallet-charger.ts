import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@platter/persistence';
import { Ledger } from '../wallet/ledger';
import { platform, wallet } from '../wallet/domain/ledger-rules';
import { PaymentOutcomes } from './payment-outcomes';
import { PaymentException } from './payment.exception';
import { Payment } from './payment.entity';

export type WalletChargeResult = 'succeeded' | 'already_succeeded' | 'insufficient_balance';

/** Pays an order from its customer's wallet: wallet → escrow in one guarded posting, then the payment succeeds. */
@Injectable()
export class WalletCharger {
  constructor(
    private readonly tx: TransactionHost,
    private readonly ledger: Ledger,
    private readonly outcomes: PaymentOutcomes,
  ) {}

  /** In the caller's transaction, on a wallet payment it has locked. */
  async charge(payment: Payment): Promise<WalletChargeResult> {
    if (!this.tx.inTransaction) throw new Error('WalletCharger.charge must run inside TransactionHost.run()');
    if (payment.status === 'succeeded') return 'already_succeeded';
    if (!payment.customer_id) throw new Error(`wallet payment ${payment.id} has no customer`);
    try {
      const posted = await this.ledger.post({
        kind: 'wallet_charge',
        reference_type: 'payment',
        reference_id: payment.id,
        idempotency_key: `charge:${payment.id}`,
        memo: `Order ${payment.order_id}`,
        lines: [
          { account: wallet(payment.customer_id, payment.currency), amount: -payment.amount },
          { account: platform('order_escrow', payment.currency), amount: payment.amount },
        ],
      });
      return await this.outcomes.succeed(payment, { provider: 'wallet', reference: posted.transaction_id, amount: payment.amount });
    } catch (err) {
      if (err instanceof PaymentException && err.code === 'INSUFFICIENT_BALANCE') return 'insufficient_balance';
      throw err;
    }
  }
}
