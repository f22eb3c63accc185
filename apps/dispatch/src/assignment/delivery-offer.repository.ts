import { Injectable } from '@nestjs/common';
import { In, MoreThan } from 'typeorm';
import { OfferOutcome } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { DeliveryOffer } from './delivery-offer.entity';

/** Offers' SQL: each call runs in the caller's transaction when there is one. */
@Injectable()
export class DeliveryOfferRepository {
  constructor(private readonly tx: TransactionHost) {}

  /** The open offer of a delivery (to this driver when given), locked (last in the lock order: after the driver and the delivery). */
  lockOpen(deliveryId: string, driverId?: string): Promise<DeliveryOffer | null> {
    return this.tx.repository(DeliveryOffer).findOne({ where: { delivery_id: deliveryId, status: 'open', ...(driverId ? { driver_id: driverId } : {}) }, lock: { mode: 'for_no_key_update' } });
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

  /** Whether the delivery has an open offer. */
  hasOpen(deliveryId: string): Promise<boolean> {
    return this.tx.repository(DeliveryOffer).existsBy({ delivery_id: deliveryId, status: 'open' });
  }

  /** The drivers offered the delivery in this round, whatever became of their offers. */
  async driversOfferedIn(deliveryId: string, round: number): Promise<string[]> {
    const offers = await this.tx.repository(DeliveryOffer).find({ where: { delivery_id: deliveryId, round }, select: { driver_id: true } });
    return offers.map((o) => o.driver_id);
  }

  async close(offerId: string, outcome: OfferOutcome, closedAt: Date): Promise<void> {
    await this.tx.repository(DeliveryOffer).update({ offer_id: offerId }, { status: outcome, closed_at: closedAt });
  }

  /**
   * Inserts the open offer unless the delivery or the driver holds one already (the partial unique
   * indexes, whatever replicas race); whether it was inserted. Raw: the offer engine's hot path,
   * kept as written (any unique conflict, not one named index, means "not this one").
   */
  async insertOpen(offer: Omit<DeliveryOffer, 'status' | 'closed_at'>): Promise<boolean> {
    const inserted: unknown[] = await this.tx.manager.query(
      `INSERT INTO delivery_offers (offer_id, delivery_id, driver_id, round, status, distance_km, created_at, expires_at)
       VALUES ($1, $2, $3, $4, 'open', $5, $6, $7)
       ON CONFLICT DO NOTHING RETURNING offer_id`,
      [offer.offer_id, offer.delivery_id, offer.driver_id, offer.round, offer.distance_km, offer.created_at, offer.expires_at],
    );
    return inserted.length > 0;
  }
}
