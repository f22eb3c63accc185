import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@platter/persistence';
import { DeliveryMover } from '../../../deliveries/delivery-mover';
import { DeliveryRepository } from '../../../deliveries/delivery.repository';
import type { Driver } from '../../../drivers/driver.entity';
import { DriverRepository } from '../../../drivers/driver.repository';
import { canWork } from '../../../drivers/drivers';
import { DeliveryOfferRepository } from '../../delivery-offer.repository';
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
    private readonly deliveries: DeliveryRepository,
    private readonly drivers: DriverRepository,
    private readonly offerRows: DeliveryOfferRepository,
    private readonly mover: DeliveryMover,
    private readonly offers: OfferEngine,
  ) {}

  async driverChanged(driverId: string): Promise<void> {
    const works = await this.tx.run(async () => {
      const driver = await this.drivers.lock(driverId);
      if (!driver) return false;
      if (canWork(driver)) return true;
      await this.release(driver);
      return false;
    });
    if (works) await this.offers.offerWaiting({ limit: 100, force: true });
  }

  /** In the caller's transaction, the driver's row locked. */
  private async release(driver: Driver): Promise<void> {
    const offers = await this.offerRows.allOpenFor(driver.id);
    const held = await this.deliveries.assignedTo(driver.id);
    const ids = [...new Set([...offers.map((o) => o.delivery_id), ...held.map((d) => d.id)])].sort();
    for (const id of ids) {
      const delivery = await this.deliveries.lockById(id);
      if (!delivery) continue;
      const offer = await this.offerRows.lockOpen(id, driver.id);
      if (offer) await this.offers.close(offer, delivery, 'withdrawn');
      if (delivery.driver_id === driver.id && delivery.status === 'assigned') await this.mover.unassign(delivery);
      await this.offers.offerNext(delivery, { force: true });
    }
  }
}
