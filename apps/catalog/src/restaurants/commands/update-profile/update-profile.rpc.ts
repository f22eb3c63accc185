import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { RestaurantView, RPC, RpcRequest, UpdateRestaurantProfileRequest } from '@platter/contracts';
import { requireActor, RpcEndpoint, validData } from '@platter/service-kit';
import { UpdateProfileService } from './update-profile.service';

@Controller()
export class UpdateProfileRpc {
  constructor(private readonly updateProfile: UpdateProfileService) {}

  @RpcEndpoint(RPC.catalog.updateProfile)
  async handle(@Payload() req: RpcRequest<unknown>): Promise<RestaurantView> {
    const actor = requireActor(req, 'restaurant_owner', 'restaurant_staff');
    return this.updateProfile.update(actor, validData(UpdateRestaurantProfileRequest, req.data));
  }
}
