import { Injectable } from '@nestjs/common';
import { OrderCompleted } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
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
  ) {}

  async apply(event: OrderCompleted): Promise<void> {
    const customerId = event.customer_id;
    if (!customerId) return;
    await this.tx.run(async () => {
      const earning = orderEarning(event);
      if (earning) await this.ledger.earn(earning);
      const completedAt = Number.isNaN(Date.parse(event.completed_at)) ? new Date() : new Date(event.completed_at);
      // A top-level UPDATE comes back from TypeORM as [rows, count].
      const [updated] = (await this.tx.manager.query(
        `UPDATE customer_profiles SET first_order_completed_at = coalesce(first_order_completed_at, $2), updated_at = now()
          WHERE customer_id = $1 RETURNING referred_by`,
        [customerId, completedAt],
      )) as [{ referred_by: string | null }[], number];
      const referredBy = updated[0]?.referred_by;
      if (referredBy) await this.ledger.earn(referralEarning(referredBy, customerId, event.order_id));
    });
  }
}
