import { Injectable } from '@nestjs/common';
import { Actor, DeclinedOfferView, NotFoundError } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { DriverRepository } from '../../../drivers/driver.repository';
import { lockDriver } from '../../../drivers/drivers';
import { DeliveryRepository } from '../../../deliveries/delivery.repository';
import { DeliveryOfferRepository } from '../../delivery-offer.repository';
import { OfferEngine } from '../../offer-engine';

/** POST /driver/orders/:id/decline: the driver turns their open offer down; it goes to the next driver at once. */
@Injectable()
export class DeclineOfferService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly deliveries: DeliveryRepository,
    private readonly drivers: DriverRepository,
    private readonly offerRows: DeliveryOfferRepository,
    private readonly offers: OfferEngine,
  ) {}

  async decline(actor: Actor, orderId: string): Promise<DeclinedOfferView> {
    return this.tx.run(async () => {
      await lockDriver(this.drivers, actor.user_id);
      const delivery = await this.deliveries.lockByOrder(orderId);
      if (!delivery) throw new NotFoundError('Delivery');
      const offer = await this.offerRows.lockOpen(delivery.id, actor.user_id);
      if (!offer) throw new NotFoundError('Open offer of this order');
      await this.offers.close(offer, delivery, 'declined');
      await this.offers.offerNext(delivery);
      return { order_id: orderId, offer_id: offer.offer_id, status: 'declined' };
    });
  }
}
