import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { RPC, RestaurantView, RpcRequest } from '@platter/contracts';
import { requireActor, RpcEndpoint, validData } from '@platter/service-kit';
import { UpdateProfileRequest } from './update-profile.request';
import { UpdateProfileService } from './update-profile.service';

@Controller()
export class UpdateProfileHandler {
  constructor(private readonly updateProfile: UpdateProfileService) {}

  @RpcEndpoint(RPC.catalog.updateProfile)
  async handle(@Payload() req: RpcRequest<unknown>): Promise<RestaurantView> {
    const actor = requireActor(req, 'restaurant_owner', 'restaurant_staff');
    return this.updateProfile.update(actor, validData(UpdateProfileRequest, req.data));
  }
}
