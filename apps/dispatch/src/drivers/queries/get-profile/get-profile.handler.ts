import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { In } from 'typeorm';
import { DriverProfileView, NotFoundError, RPC, RpcRequest } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { requireActor } from '@platter/service-kit';
import { ACTIVE_DELIVERY_STATUSES } from '../../../deliveries/delivery-rules';
import { Delivery } from '../../../deliveries/delivery.entity';
import { Driver } from '../../driver.entity';
import { toDriverProfileView } from '../../driver.view';

/** GET /driver/profile. */
@Controller()
export class GetProfileHandler {
  constructor(private readonly tx: TransactionHost) {}

  @MessagePattern(RPC.dispatch.driverProfile)
  async get(@Payload() req: RpcRequest<unknown>): Promise<DriverProfileView> {
    const actor = requireActor(req, 'driver');
    const driver = await this.tx.repository(Driver).findOneBy({ id: actor.user_id });
    if (!driver) throw new NotFoundError('Driver profile');
    const active = await this.tx.repository(Delivery).countBy({ driver_id: driver.id, status: In([...ACTIVE_DELIVERY_STATUSES]) });
    return toDriverProfileView(driver, active);
  }
}
