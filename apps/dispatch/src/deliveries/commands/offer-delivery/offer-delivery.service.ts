import { Injectable } from '@nestjs/common';
import { OrderStatusChanged } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { DeliveryMover } from '../../delivery-mover';
import { statusAfterOrderChange } from '../../delivery-rules';
import { Delivery } from '../../delivery.entity';

/** A delivery order that is ready is offered to online drivers (GET /driver/orders/available). */
@Injectable()
export class OfferDeliveryService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly mover: DeliveryMover,
  ) {}

  /** The delivery as it now stands; null when the order has none (pickup, dine-in). */
  async follow(change: OrderStatusChanged): Promise<Delivery | null> {
    return this.tx.run(async () => {
      const delivery = await this.tx.repository(Delivery).findOne({ where: { order_id: change.order_id }, lock: { mode: 'pessimistic_write' } });
      if (!delivery) {
        // A delivery order ready before dispatch applied its order.created: the retry will find it.
        if (change.to === 'ready' && change.delivery_type === 'delivery') throw new Error(`delivery order ${change.order_id} is ready but unknown to dispatch yet; retrying`);
        return null;
      }
      const next = statusAfterOrderChange(delivery.status, change.to);
      if (!next) return delivery;
      return this.mover.move(delivery, [next], null);
    });
  }
}
