import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { OrderCancelled } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { LoyaltyLedger } from '../../loyalty-ledger';

/**
 * Ordering's own order.cancelled: the points the order spent go back to its customer (once; an order
 * that spent none changes nothing). Done here, after the cancellation committed, for every path that
 * cancels (customer, restaurant, saga timeouts, admins).
 */
@Controller()
export class OrderCancelledConsumer {
  constructor(
    private readonly tx: TransactionHost,
    private readonly ledger: LoyaltyLedger,
  ) {}

  @EventPattern('order.cancelled')
  async handle(@Payload() event: OrderCancelled): Promise<void> {
    await this.tx.run(() => this.ledger.restoreForOrder(event.order_id));
  }
}
