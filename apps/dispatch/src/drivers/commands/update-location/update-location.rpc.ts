import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { DriverLocationRequest, DriverProfileView, RPC, RpcRequest } from '@platter/contracts';
import { requireActor, validData, RpcEndpoint } from '@platter/service-kit';
import { UpdateLocationService } from './update-location.service';

/** PUT /driver/location. */
@Controller()
export class UpdateLocationRpc {
  constructor(private readonly location: UpdateLocationService) {}

  @RpcEndpoint(RPC.dispatch.updateLocation)
  updateLocation(@Payload() req: RpcRequest<unknown>): Promise<DriverProfileView> {
    const actor = requireActor(req, 'driver');
    const { lat, lng, heading, speed } = validData(DriverLocationRequest, req.data);
    return this.location.update(actor, { lat, lng, heading, speed });
  }
}
