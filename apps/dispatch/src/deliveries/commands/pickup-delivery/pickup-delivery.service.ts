import { Injectable } from '@nestjs/common';
import { Actor, DriverDeliveryView } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { DispatchConfig } from '../../../dispatch.config';
import { DriverRepository } from '../../../drivers/driver.repository';
import { DeliveryMover } from '../../delivery-mover';
import { driverMove } from '../../domain/delivery-rules';
import { DeliveryException } from '../../delivery.exception';
import { DeliveryRepository } from '../../delivery.repository';
import { toDriverDeliveryView } from '../../delivery.view';
import { lockHeldDelivery } from '../../driver-deliveries';

/** PUT /driver/orders/:id/pickup: the driver has the food. */
@Injectable()
export class PickupDeliveryService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly deliveries: DeliveryRepository,
    private readonly drivers: DriverRepository,
    private readonly mover: DeliveryMover,
    private readonly config: DispatchConfig,
  ) {}

  async pickup(actor: Actor, orderId: string): Promise<DriverDeliveryView> {
    return this.tx.run(async () => {
      const delivery = await lockHeldDelivery(this.deliveries, actor, orderId);
      const steps = driverMove(delivery.status, 'pickup');
      if (!steps) throw new DeliveryException('INVALID_STATE_TRANSITION', `A delivery that is ${delivery.status} cannot be picked up`);
      const driver = await this.drivers.byId(actor.user_id);
      await this.mover.move(delivery, steps, driver);
      return toDriverDeliveryView(delivery, driver, this.config.DRIVER_AVERAGE_SPEED_KMH);
    });
  }
}
