import { Injectable } from '@nestjs/common';
import { Actor, ConflictError, DriverDeliveryView, NotFoundError } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { DeliveryOfferRepository } from '../../../assignment/delivery-offer.repository';
import { OfferEngine } from '../../../assignment/offer-engine';
import { canTakeAnother } from '../../../assignment/domain/ranking';
import { DispatchConfig } from '../../../dispatch.config';
import { DriverRepository } from '../../../drivers/driver.repository';
import { canWork, lockDriver } from '../../../drivers/drivers';
import { DeliveryMover } from '../../delivery-mover';
import { ACTIVE_DELIVERY_STATUSES } from '../../domain/delivery-rules';
import { Delivery } from '../../delivery.entity';
import { DeliveryRepository } from '../../delivery.repository';
import { DeliveryException } from '../../delivery.exception';
import { toDriverDeliveryView } from '../../delivery.view';
import { pointOf } from '../../domain/eta';

/**
 * POST /driver/orders/:id/accept (:id is the order's id): a driver accepts the offer made to them,
 * or takes a ready delivery from the pool (nobody holds an offer for it). The driver and delivery
 * rows are locked, so of drivers accepting at once exactly one wins; the others get 409, as does
 * anyone accepting a delivery offered to another driver. Accepting one's own delivery again
 * answers it again. A driver at MAX_ACTIVE_DELIVERIES, or whose deliveries do not batch with this
 * one, gets 422 DRIVER_AT_CAPACITY.
 */
@Injectable()
export class AcceptDeliveryService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly deliveries: DeliveryRepository,
    private readonly drivers: DriverRepository,
    private readonly offerRows: DeliveryOfferRepository,
    private readonly mover: DeliveryMover,
    private readonly offers: OfferEngine,
    private readonly config: DispatchConfig,
  ) {}

  async accept(actor: Actor, orderId: string): Promise<DriverDeliveryView> {
    return this.tx.run(async () => {
      const driver = await lockDriver(this.drivers, actor.user_id);
      const delivery = await this.deliveries.lockByOrder(orderId);
      if (!delivery) throw new NotFoundError('Delivery');
      if (delivery.driver_id === driver.id && ACTIVE_DELIVERY_STATUSES.includes(delivery.status)) {
        return toDriverDeliveryView(delivery, driver, this.config.DRIVER_AVERAGE_SPEED_KMH);
      }
      if (!canWork(driver)) throw new DeliveryException('DRIVER_OFFLINE', 'Go online to accept orders');
      if (delivery.driver_id) throw new ConflictError('Another driver has already taken this order');
      const offer = await this.offerRows.lockOpen(delivery.id);
      if (offer && offer.driver_id !== driver.id) throw new ConflictError('This order is offered to another driver');
      if (!offer && delivery.status !== 'available') {
        throw new DeliveryException('INVALID_STATE_TRANSITION', `This order is not available to drivers (its delivery is ${delivery.status})`);
      }

      await this.offers.fillPickup(delivery);
      const held = await this.deliveries.allHeldBy(driver.id);
      const rules = this.offers.rules();
      const pickup = (d: Delivery) => ({ restaurant_id: d.restaurant_id, pickup: pointOf(d.pickup_lat, d.pickup_lng) });
      if (!canTakeAnother(held.map(pickup), pickup(delivery), rules)) {
        throw new DeliveryException(
          'DRIVER_AT_CAPACITY',
          held.length >= rules.maxActive
            ? `You already hold ${held.length} deliveries (at most ${rules.maxActive})`
            : 'This pickup is too far from the deliveries you hold: finish those first',
        );
      }
      if (offer) await this.offers.close(offer, delivery, 'accepted');
      await this.mover.move(delivery, ['assigned'], driver);
      return toDriverDeliveryView(delivery, driver, this.config.DRIVER_AVERAGE_SPEED_KMH);
    });
  }
}
