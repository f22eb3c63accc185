import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { Actor, DriverProfileView } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { ACTIVE_DELIVERY_STATUSES } from '../../../deliveries/delivery-rules';
import { Delivery } from '../../../deliveries/delivery.entity';
import { DeliveryException } from '../../../deliveries/delivery.exception';
import { Driver } from '../../driver.entity';
import { toDriverProfileView } from '../../driver.view';
import { lockDriver } from '../../drivers';

/**
 * A driver goes online (offered work) or offline (offered none; deliveries in hand stay theirs).
 * The token proves the driver role, so a profile user.registered has not brought yet is opened here.
 */
@Injectable()
export class SetAvailabilityService {
  constructor(private readonly tx: TransactionHost) {}

  async set(actor: Actor, online: boolean): Promise<DriverProfileView> {
    return this.tx.run(async (manager) => {
      await manager.query(`INSERT INTO drivers (id, status) VALUES ($1, 'pending') ON CONFLICT (id) DO NOTHING`, [actor.user_id]);
      const driver = await lockDriver(this.tx, actor.user_id);
      if (online && driver.status === 'suspended') throw new DeliveryException('DRIVER_OFFLINE', 'A suspended driver cannot go online');
      if (driver.online !== online) await this.tx.repository(Driver).update({ id: driver.id }, { online });
      const fresh = await this.tx.repository(Driver).findOneByOrFail({ id: driver.id });
      const active = await this.tx.repository(Delivery).countBy({ driver_id: driver.id, status: In([...ACTIVE_DELIVERY_STATUSES]) });
      return toDriverProfileView(fresh, active);
    });
  }
}
