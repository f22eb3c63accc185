import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { DriverAvailabilityRequest, DriverProfileView, RPC, RpcRequest } from '@platter/contracts';
import { requireActor, validData, RpcEndpoint } from '@platter/service-kit';
import { SetAvailabilityService } from './set-availability.service';

/** PUT /driver/availability. */
@Controller()
export class SetAvailabilityRpc {
  constructor(private readonly availability: SetAvailabilityService) {}

  @RpcEndpoint(RPC.dispatch.setAvailability)
  setAvailability(@Payload() req: RpcRequest<unknown>): Promise<DriverProfileView> {
    const actor = requireActor(req, 'driver');
    return this.availability.set(actor, validData(DriverAvailabilityRequest, req.data).online);
  }
}
