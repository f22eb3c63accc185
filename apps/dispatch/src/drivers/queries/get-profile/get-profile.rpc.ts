import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { DriverProfileView, NotFoundError, RPC, RpcRequest } from '@platter/contracts';
import { requireActor, RpcEndpoint } from '@platter/service-kit';
import { DriverProfiles } from '../../driver-profile';
import { DriverRepository } from '../../driver.repository';

/** GET /driver/profile: status (with the rejection or suspension reason), vehicle, documents, availability, position. */
@Controller()
export class GetProfileRpc {
  constructor(
    private readonly drivers: DriverRepository,
    private readonly profiles: DriverProfiles,
  ) {}

  @RpcEndpoint(RPC.dispatch.driverProfile)
  async get(@Payload() req: RpcRequest<unknown>): Promise<DriverProfileView> {
    const actor = requireActor(req, 'driver');
    const driver = await this.drivers.byId(actor.user_id);
    if (!driver) throw new NotFoundError('Driver profile');
    return this.profiles.full(driver);
  }
}
