import { Injectable } from '@nestjs/common';
import { Actor, DriverDeliveryView } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { DispatchConfig } from '../../../dispatch.config';
import { DriverRepository } from '../../../drivers/driver.repository';
import { DeliveryMover } from '../../delivery-mover';
import { deliveryCodeMatches, driverMove } from '../../domain/delivery-rules';
import { DeliveryRepository } from '../../delivery.repository';
import { DeliveryException } from '../../delivery.exception';
import { toDriverDeliveryView } from '../../delivery.view';
import { lockHeldDelivery } from '../../driver-deliveries';

type Outcome = { delivered: DriverDeliveryView } | { wrongCode: number } | { lockedOut: true };

/**
 * PUT /driver/orders/:id/deliver {delivery_code}: the customer gave the driver their code. A wrong
 * code is 422 INVALID_DELIVERY_CODE and counted (the count is kept, so it commits before the error);
 * after MAX_DELIVERY_CODE_ATTEMPTS wrong codes the delivery takes no more (support takes over).
 */
@Injectable()
export class ConfirmDeliveryService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly deliveries: DeliveryRepository,
    private readonly drivers: DriverRepository,
    private readonly mover: DeliveryMover,
    private readonly config: DispatchConfig,
  ) {}

  async deliver(actor: Actor, orderId: string, code: string | undefined): Promise<DriverDeliveryView> {
    const outcome = await this.tx.run(async (): Promise<Outcome> => {
      const delivery = await lockHeldDelivery(this.deliveries, actor, orderId);
      const steps = driverMove(delivery.status, 'deliver');
      if (!steps) throw new DeliveryException('INVALID_STATE_TRANSITION', `A delivery that is ${delivery.status} cannot be delivered`);
      if (delivery.wrong_code_attempts >= this.config.MAX_DELIVERY_CODE_ATTEMPTS) return { lockedOut: true };
      if (!deliveryCodeMatches(delivery.delivery_code, code)) {
        await this.deliveries.countWrongCode(delivery.id);
        return { wrongCode: this.config.MAX_DELIVERY_CODE_ATTEMPTS - delivery.wrong_code_attempts - 1 };
      }
      const driver = await this.drivers.byId(actor.user_id);
      await this.mover.move(delivery, steps, driver);
      return { delivered: toDriverDeliveryView(delivery, driver, this.config.DRIVER_AVERAGE_SPEED_KMH) };
    });
    if ('delivered' in outcome) return outcome.delivered;
    if ('lockedOut' in outcome) {
      throw new DeliveryException('INVALID_DELIVERY_CODE', 'Too many wrong delivery codes for this order: contact support to confirm the delivery');
    }
    throw new DeliveryException('INVALID_DELIVERY_CODE', `The delivery code is wrong: ask the customer for the code shown in their order (${outcome.wrongCode} attempts left)`, [
      { field: 'delivery_code', message: 'does not match the code of this order' },
    ]);
  }
}
