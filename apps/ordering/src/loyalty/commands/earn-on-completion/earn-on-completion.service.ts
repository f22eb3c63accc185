import { Injectable } from '@nestjs/common';
import { OrderCompleted } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { CustomerProfileRepository } from '../../../referrals/customer-profile.repository';
import { LoyaltyLedger } from '../../loyalty-ledger';
import { orderEarning, referralEarning } from '../../rewards';

/**
 * A customer's order completed: their points (10 per 1000 XAF), and, on their first completed order,
 * the bonus of whoever referred them. Every credit is keyed, so a redelivery changes nothing.
 */
@Injectable()
export class EarnOnCompletionService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly ledger: LoyaltyLedger,
    private readonly profiles: CustomerProfileRepository,
  ) {}

  async apply(event: OrderCompleted): Promise<void> {
    const customerId = event.customer_id;
    if (!customerId) return;
    await this.tx.run(async () => {
      const earning = orderEarning(event);
      if (earning) await this.ledger.earn(earning);
      const completedAt = Number.isNaN(Date.parse(event.completed_at)) ? new Date() : new Date(event.completed_at);
      const referredBy = await this.profiles.firstOrderCompleted(customerId, completedAt);
      if (referredBy) await this.ledger.earn(referralEarning(referredBy, customerId, event.order_id));
    });
  }
}
