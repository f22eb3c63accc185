import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@platter/persistence';
import { DeliveryMover } from '../../delivery-mover';
import { statusAfterOrderCancelled } from '../../delivery-rules';
import { Delivery } from '../../delivery.entity';

/** Cancels the delivery of a cancelled order; orders without a delivery are none of dispatch's business. */
@Injectable()
export class CancelDeliveryService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly mover: DeliveryMover,
  ) {}

  /** The delivery as it now stands, or null when the order has none. */
  async cancelForOrder(orderId: string): Promise<Delivery | null> {
    return this.tx.run(async () => {
      const repo = this.tx.repository(Delivery);
      const delivery = await repo.findOne({ where: { order_id: orderId }, lock: { mode: 'pessimistic_write' } });
      if (!delivery) return null;
      const next = statusAfterOrderCancelled(delivery.status);
      if (!next) return delivery;
      // The driver holding it (if any) sees it leave their current orders; ordering already knows.
      return this.mover.move(delivery, [next], null);
    });
  }
}
