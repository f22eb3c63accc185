import { Injectable } from '@nestjs/common';
import { MoreThan } from 'typeorm';
import { TransactionHost } from '@platter/persistence';
import { DeliveryOffer } from './delivery-offer.entity';

/** The reads of offers the queries make. */
@Injectable()
export class DeliveryOfferRepository {
  constructor(private readonly tx: TransactionHost) {}

  /** A driver's offers still open at `now`, soonest to expire first. */
  openFor(driverId: string, now: Date): Promise<DeliveryOffer[]> {
    return this.tx.repository(DeliveryOffer).find({ where: { driver_id: driverId, status: 'open', expires_at: MoreThan(now) }, order: { expires_at: 'ASC' } });
  }
}
