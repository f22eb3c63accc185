import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { DriverProfileView, RPC, RpcRequest, UpdateDriverProfileRequest } from '@platter/contracts';
import { requireActor, validData, RpcEndpoint } from '@platter/service-kit';
import { UpdateDriverProfileService } from './update-profile.service';

/** PUT /driver/profile. */
@Controller()
export class UpdateProfileRpc {
  constructor(private readonly profile: UpdateDriverProfileService) {}

  @RpcEndpoint(RPC.dispatch.updateDriverProfile)
  updateProfile(@Payload() req: RpcRequest<unknown>): Promise<DriverProfileView> {
    const actor = requireActor(req, 'driver');
    return this.profile.update(actor, validData(UpdateDriverProfileRequest, req.data));
  }
}
