import { Injectable } from '@nestjs/common';
import { Actor, DeclinedOfferView, NotFoundError } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { lockDriver } from '../../../drivers/drivers';
import { Delivery } from '../../../deliveries/delivery.entity';
import { DeliveryOffer } from '../../delivery-offer.entity';
import { OfferEngine } from '../../offer-engine';

/** POST /driver/orders/:id/decline: the driver turns their open offer down; it goes to the next driver at once. */
@Injectable()
export class DeclineOfferService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly offers: OfferEngine,
  ) {}

  async decline(actor: Actor, orderId: string): Promise<DeclinedOfferView> {
    return this.tx.run(async () => {
      await lockDriver(this.tx, actor.user_id);
      const delivery = await this.tx.repository(Delivery).findOne({ where: { order_id: orderId }, lock: { mode: 'pessimistic_write' } });
      if (!delivery) throw new NotFoundError('Delivery');
      const offer = await this.tx.repository(DeliveryOffer).findOne({ where: { delivery_id: delivery.id, driver_id: actor.user_id, status: 'open' }, lock: { mode: 'pessimistic_write' } });
      if (!offer) throw new NotFoundError('Open offer of this order');
      await this.offers.close(offer, delivery, 'declined');
      await this.offers.offerNext(delivery);
      return { order_id: orderId, offer_id: offer.offer_id, status: 'declined' };
    });
  }
}
