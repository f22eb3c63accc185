import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@platter/persistence';
import { DeliveryMover } from '../../../deliveries/delivery-mover';
import { Delivery } from '../../../deliveries/delivery.entity';
import { Driver } from '../../../drivers/driver.entity';
import { canWork } from '../../../drivers/drivers';
import { DeliveryOffer } from '../../delivery-offer.entity';
import { OfferEngine } from '../../offer-engine';

/**
 * driver.status-changed (onboarding status or availability). Read from the driver's row as it is
 * now, not from the event, so a late or repeated event does the right thing:
 * - a driver who may work: deliveries waiting in the pool are offered at once;
 * - one who may not (offline, suspended, not approved): their open offers are withdrawn and the
 *   deliveries they hold but have not picked up go back to be offered to others.
 */
@Injectable()
export class DriverAvailabilityService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly mover: DeliveryMover,
    private readonly offers: OfferEngine,
  ) {}

  async driverChanged(driverId: string): Promise<void> {
    const works = await this.tx.run(async () => {
      const driver = await this.tx.repository(Driver).findOne({ where: { id: driverId }, lock: { mode: 'pessimistic_write' } });
      if (!driver) return false;
      if (canWork(driver)) return true;
      await this.release(driver);
      return false;
    });
    if (works) await this.offers.offerWaiting({ limit: 100, force: true });
  }

  /** In the caller's transaction, the driver's row locked. */
  private async release(driver: Driver): Promise<void> {
    const offers = await this.tx.repository(DeliveryOffer).findBy({ driver_id: driver.id, status: 'open' });
    const held = await this.tx.repository(Delivery).findBy({ driver_id: driver.id, status: 'assigned' });
    const ids = [...new Set([...offers.map((o) => o.delivery_id), ...held.map((d) => d.id)])].sort();
    for (const id of ids) {
      const delivery = await this.tx.repository(Delivery).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!delivery) continue;
      const offer = await this.tx.repository(DeliveryOffer).findOne({ where: { delivery_id: id, driver_id: driver.id, status: 'open' }, lock: { mode: 'pessimistic_write' } });
      if (offer) await this.offers.close(offer, delivery, 'withdrawn');
      if (delivery.driver_id === driver.id && delivery.status === 'assigned') await this.mover.unassign(delivery);
      await this.offers.offerNext(delivery, { force: true });
    }
  }
}
