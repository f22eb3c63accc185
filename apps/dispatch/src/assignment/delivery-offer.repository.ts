import { Injectable } from '@nestjs/common';
import { In, MoreThan } from 'typeorm';
import { TransactionHost } from '@platter/persistence';
import { DeliveryOffer } from './delivery-offer.entity';

/** Offers' SQL: each call runs in the caller's transaction when there is one. */
@Injectable()
export class DeliveryOfferRepository {
  constructor(private readonly tx: TransactionHost) {}

  /** The open offer of a delivery (to this driver when given), locked FOR UPDATE. */
  lockOpen(deliveryId: string, driverId?: string): Promise<DeliveryOffer | null> {
    return this.tx.repository(DeliveryOffer).findOne({ where: { delivery_id: deliveryId, status: 'open', ...(driverId ? { driver_id: driverId } : {}) }, lock: { mode: 'pessimistic_write' } });
  }

  /** The open offers of these deliveries. */
  openOf(deliveryIds: string[]): Promise<DeliveryOffer[]> {
    return deliveryIds.length ? this.tx.repository(DeliveryOffer).findBy({ delivery_id: In(deliveryIds), status: 'open' }) : Promise.resolve([]);
  }

  /** Every offer open to a driver, whether or not it has expired yet. */
  allOpenFor(driverId: string): Promise<DeliveryOffer[]> {
    return this.tx.repository(DeliveryOffer).findBy({ driver_id: driverId, status: 'open' });
  }

  /** A driver's offers still open at `now`, soonest to expire first. */
  openFor(driverId: string, now: Date): Promise<DeliveryOffer[]> {
    return this.tx.repository(DeliveryOffer).find({ where: { driver_id: driverId, status: 'open', expires_at: MoreThan(now) }, order: { expires_at: 'ASC' } });
  }
}
