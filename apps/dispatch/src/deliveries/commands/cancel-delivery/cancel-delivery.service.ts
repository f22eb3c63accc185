import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@platter/persistence';
import { OfferEngine } from '../../../assignment/offer-engine';
import { DeliveryMover } from '../../delivery-mover';
import { statusAfterOrderCancelled } from '../../domain/delivery-rules';
import { Delivery } from '../../delivery.entity';
import { DeliveryRepository } from '../../delivery.repository';

/** Cancels the delivery of a cancelled order; orders without a delivery are none of dispatch's business. */
@Injectable()
export class CancelDeliveryService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly deliveries: DeliveryRepository,
    private readonly mover: DeliveryMover,
    private readonly offers: OfferEngine,
  ) {}

  /** The delivery as it now stands, or null when the order has none. */
  async cancelForOrder(orderId: string): Promise<Delivery | null> {
    return this.tx.run(async () => {
      await this.deliveries.lockOrder(orderId);
      const delivery = await this.deliveries.lockByOrder(orderId);
      if (!delivery) {
        // Cancelled before dispatch applied its order.created (events are not ordered per order):
        // kept, so the delivery order.created opens is cancelled at once instead of offered.
        await this.deliveries.keepEarlyNews(orderId, 'cancelled', null);
        return null;
      }
      const next = statusAfterOrderCancelled(delivery.status);
      if (!next) return delivery;
      // An offer still open is withdrawn (the driver's app drops it).
      await this.offers.closeOpenOffer(delivery, 'withdrawn');
      // The driver holding it (if any) sees it leave their current orders; ordering already knows.
      return this.mover.move(delivery, [next], null);
    });
  }
}
