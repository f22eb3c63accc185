import { Injectable } from '@nestjs/common';
import { Actor, DriverProfileView } from '@platter/contracts';
import { EventPublisher } from '@platter/messaging';
import { TransactionHost } from '@platter/persistence';
import { DeliveryRepository } from '../../../deliveries/delivery.repository';
import { mayGoOnline } from '../../domain/driver-standing';
import { DriverException } from '../../driver.exception';
import { DriverRepository } from '../../driver.repository';
import { toDriverProfileView } from '../../driver.view';
import { lockDriver } from '../../drivers';

/**
 * A driver goes online (offered work) or offline (offered none; deliveries in hand stay theirs).
 * Only an approved driver goes online: 422 DRIVER_NOT_APPROVED for a pending, rejected or
 * suspended one. A change is announced (driver.status-changed).
 */
@Injectable()
export class SetAvailabilityService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly drivers: DriverRepository,
    private readonly deliveries: DeliveryRepository,
    private readonly events: EventPublisher,
  ) {}

  async set(actor: Actor, online: boolean): Promise<DriverProfileView> {
    return this.tx.run(async () => {
      await this.drivers.openIfAbsent(actor.user_id);
      const driver = await lockDriver(this.drivers, actor.user_id);
      if (online && !mayGoOnline(driver.status)) {
        throw new DriverException('DRIVER_NOT_APPROVED', `Only an approved driver can go online; this profile is ${driver.status}`);
      }
      if (driver.online !== online) {
        await this.drivers.update(driver.id, { online });
        driver.online = online;
        await this.events.publish('driver.status-changed', { driver_id: driver.id, status: driver.status, online });
      }
      return toDriverProfileView(driver, await this.deliveries.countHeldBy(driver.id));
    });
  }
}
