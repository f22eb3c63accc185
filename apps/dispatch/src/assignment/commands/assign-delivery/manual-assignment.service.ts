import { Injectable } from '@nestjs/common';
import { Actor, ForbiddenError, NotFoundError, OperatorDeliveryView } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { DispatchConfig } from '../../../dispatch.config';
import { DeliveryMover } from '../../../deliveries/delivery-mover';
import { DeliveryRepository } from '../../../deliveries/delivery.repository';
import { DeliveryException } from '../../../deliveries/delivery.exception';
import { DriverRepository } from '../../../drivers/driver.repository';
import { OfferEngine } from '../../offer-engine';
import { OperatorDeliveries } from '../../operator-deliveries';
import { RestaurantSiteRepository } from '../../restaurant-site.repository';

/**
 * POST /restaurant/deliveries/:orderId/assign and POST /admin/deliveries/:orderId/assign {driver_id}:
 * the restaurant's team (owner, manager, staff) or an admin hands a delivery to a driver of their
 * choice: online, approved, under MAX_ACTIVE_DELIVERIES (the batching radius is theirs to judge).
 * Before pickup the previous driver, if any, is unassigned (ordering hears `unassigned`, then
 * `assigned` with the new driver); after pickup only an admin may hand it over and it stays
 * picked up (ordering hears the same status with the new driver). An open offer is withdrawn.
 */
@Injectable()
export class ManualAssignmentService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly deliveries: DeliveryRepository,
    private readonly drivers: DriverRepository,
    private readonly sites: RestaurantSiteRepository,
    private readonly mover: DeliveryMover,
    private readonly offers: OfferEngine,
    private readonly operators: OperatorDeliveries,
    private readonly config: DispatchConfig,
  ) {}

  async assign(actor: Actor, orderId: string, driverId: string): Promise<OperatorDeliveryView> {
    return this.tx.run(async () => {
      // Lock order as everywhere: driver, delivery, offer.
      const driver = await this.drivers.lock(driverId);
      const delivery = await this.operators.lockByOrder(orderId);
      const site = await this.sites.of(delivery.restaurant_id);
      this.operators.requireAccess(actor, delivery, site);
      if (!driver) throw new NotFoundError('Driver');
      await this.offers.fillPickup(delivery);
      if (delivery.status === 'delivered' || delivery.status === 'cancelled') {
        throw new DeliveryException('INVALID_STATE_TRANSITION', `A delivery that is ${delivery.status} cannot be assigned`);
      }
      if (delivery.driver_id === driver.id) return (await this.operators.views([delivery]))[0];
      const pickedUp = delivery.status === 'picked_up' || delivery.status === 'in_transit';
      if (pickedUp && actor.role !== 'admin') throw new ForbiddenError('The driver has the food: only an admin can hand this delivery to another driver');
      if (driver.status !== 'approved') throw new DeliveryException('DRIVER_NOT_APPROVED', `This driver is ${driver.status}: only approved drivers take deliveries`);
      if (!driver.online) throw new DeliveryException('DRIVER_OFFLINE', 'This driver is offline');
      const held = await this.deliveries.countHeldBy(driver.id);
      if (held >= this.config.MAX_ACTIVE_DELIVERIES) {
        throw new DeliveryException('DRIVER_AT_CAPACITY', `This driver already holds ${held} deliveries (at most ${this.config.MAX_ACTIVE_DELIVERIES})`);
      }

      await this.offers.closeOpenOffer(delivery, 'withdrawn');
      if (pickedUp) {
        await this.mover.handOver(delivery, driver);
      } else {
        if (delivery.driver_id) await this.mover.unassign(delivery);
        await this.mover.move(delivery, ['assigned'], driver);
      }
      return (await this.operators.views([delivery]))[0];
    });
  }
}
