import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { RestaurantReviewRequest, RestaurantView, RPC, RpcRequest } from '@platter/contracts';
import { IdRequest, requireActor, RpcEndpoint, validData } from '@platter/service-kit';
import { ReviewRestaurantService } from './review-restaurant.service';

@Controller()
export class ReviewRestaurantRpc {
  constructor(private readonly review: ReviewRestaurantService) {}

  @RpcEndpoint(RPC.catalog.rejectRestaurant)
  async reject(@Payload() req: RpcRequest<unknown>): Promise<RestaurantView> {
    const admin = requireActor(req, 'admin');
    const { id, reason } = validData(RestaurantReviewRequest, req.data);
    return this.review.reject(id, admin, reason);
  }

  @RpcEndpoint(RPC.catalog.suspendRestaurant)
  async suspend(@Payload() req: RpcRequest<unknown>): Promise<RestaurantView> {
    const admin = requireActor(req, 'admin');
    const { id, reason } = validData(RestaurantReviewRequest, req.data);
    return this.review.suspend(id, admin, reason);
  }

  @RpcEndpoint(RPC.catalog.reinstateRestaurant)
  async reinstate(@Payload() req: RpcRequest<unknown>): Promise<RestaurantView> {
    const admin = requireActor(req, 'admin');
    return this.review.reinstate(validData(IdRequest, req.data).id, admin);
  }

  @RpcEndpoint(RPC.catalog.reapplyRestaurant)
  async reapply(@Payload() req: RpcRequest<unknown>): Promise<RestaurantView> {
    return this.review.reapply(requireActor(req, 'restaurant_owner', 'restaurant_staff'));
  }
}
