import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { OrderPaymentCheckRequested } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { AfterCommit } from '../../transactions/after-commit';
import { AttemptPoller } from './attempt-poller';

/** The saga found an online payment with no answer: ask its provider now (after this handler commits). */
@Controller()
export class PaymentCheckRequestedConsumer {
  constructor(
    private readonly tx: TransactionHost,
    private readonly poller: AttemptPoller,
    private readonly afterCommit: AfterCommit,
  ) {}

  @EventPattern('order.payment-check-requested')
  async handle(@Payload() e: OrderPaymentCheckRequested): Promise<void> {
    const rows: Array<{ id: string }> = await this.tx.manager.query(
      `SELECT a.id FROM payment_attempts a JOIN payments p ON p.id = a.payment_id
       WHERE p.order_id = $1 AND a.status IN ('processing', 'abandoned', 'expired', 'failed') AND a.created_at > now() - interval '2 days'`,
      [e.order_id],
    );
    const ids = rows.map((r) => r.id);
    if (ids.length) this.afterCommit.run(() => this.poller.checkNow(ids));
  }
}
