import { Injectable, Logger } from '@nestjs/common';
import { PaymentStarter } from '../../payments/commands/open-payment/open-payment.service';
import { Payment } from '../../payments/payment.entity';
import { AfterCommit } from '../../transactions/after-commit';
import { MobileMoneyCheckout } from './mobile-money-checkout';

/**
 * A CamPay/NouPay order placed with a payer phone is pushed to that phone as soon as its payment
 * is committed (the provider module's status poll picks up a push lost to a restart).
 */
@Injectable()
export class MobileMoneyStarter {
  private readonly log = new Logger('MobileMoneyStarter');

  constructor(
    private readonly afterCommit: AfterCommit,
    private readonly checkout: MobileMoneyCheckout,
    starter: PaymentStarter,
  ) {
    starter.register((payment) => this.afterOpened(payment));
  }

  afterOpened(payment: Payment): void {
    if (payment.method !== 'campay' && payment.method !== 'noupay') return;
    if (payment.status !== 'pending' || !payment.payer_phone) return;
    const { id, payer_phone: phone } = payment;
    this.afterCommit.run(() =>
      this.checkout.initiate(id, phone).catch((err: Error) => this.log.warn(`payment ${id}: mobile-money push failed: ${err.message}`)),
    );
  }
}
