import { Injectable } from '@nestjs/common';
import { Actor, ConflictError, DriverDeliveryView, NotFoundError } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { DispatchConfig } from '../../../dispatch.config';
import { canWork, lockDriver } from '../../../drivers/drivers';
import { DeliveryMover } from '../../delivery-mover';
import { ACTIVE_DELIVERY_STATUSES } from '../../delivery-rules';
import { Delivery } from '../../delivery.entity';
import { DeliveryException } from '../../delivery.exception';
import { toDriverDeliveryView } from '../../delivery.view';

/**
 * POST /driver/orders/:id/accept (:id is the order's id): an online driver takes an available
 * delivery. The delivery row is locked, so of drivers accepting at once exactly one finds it
 * available and wins; the others get 409. Accepting one's own delivery again answers it again.
 */
@Injectable()
export class AcceptDeliveryService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly mover: DeliveryMover,
    private readonly config: DispatchConfig,
  ) {}

  async accept(actor: Actor, orderId: string): Promise<DriverDeliveryView> {
    return this.tx.run(async () => {
      const driver = await lockDriver(this.tx, actor.user_id);
      const delivery = await this.tx.repository(Delivery).findOne({ where: { order_id: orderId }, lock: { mode: 'pessimistic_write' } });
      if (!delivery) throw new NotFoundError('Delivery');
      if (delivery.driver_id === driver.id && ACTIVE_DELIVERY_STATUSES.includes(delivery.status)) {
        return toDriverDeliveryView(delivery, driver, this.config.DRIVER_AVERAGE_SPEED_KMH);
      }
      if (!canWork(driver)) throw new DeliveryException('DRIVER_OFFLINE', 'Go online to accept orders');
      if (delivery.status !== 'available') {
        if (delivery.driver_id) throw new ConflictError('Another driver has already taken this order');
        throw new DeliveryException('INVALID_STATE_TRANSITION', `This order is not available to drivers (its delivery is ${delivery.status})`);
      }
      await this.mover.move(delivery, ['assigned'], driver);
      return toDriverDeliveryView(delivery, driver, this.config.DRIVER_AVERAGE_SPEED_KMH);
    });
  }
}
