import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { DriverProfileView, NotFoundError, RPC, RpcRequest } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { requireActor, RpcEndpoint } from '@platter/service-kit';
import { fullDriverProfile } from '../../driver-profile';
import { DriverRepository } from '../../driver.repository';

/** GET /driver/profile: status (with the rejection or suspension reason), vehicle, documents, availability, position. */
@Controller()
export class GetProfileRpc {
  constructor(
    private readonly tx: TransactionHost,
    private readonly drivers: DriverRepository,
  ) {}

  @RpcEndpoint(RPC.dispatch.driverProfile)
  async get(@Payload() req: RpcRequest<unknown>): Promise<DriverProfileView> {
    const actor = requireActor(req, 'driver');
    const driver = await this.drivers.byId(actor.user_id);
    if (!driver) throw new NotFoundError('Driver profile');
    return fullDriverProfile(this.tx, driver);
  }
}
