import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { AdminDriverView, DriverReviewRequest, RPC, RpcRequest } from '@platter/contracts';
import { IdRequest, requireActor, validData, RpcEndpoint } from '@platter/service-kit';
import { ReviewDriverService } from './review-driver.service';

/** POST /admin/drivers/:id/approve | reject | suspend | reinstate (admins only). */
@Controller()
export class ReviewDriverRpc {
  constructor(private readonly review: ReviewDriverService) {}

  @RpcEndpoint(RPC.dispatch.approveDriver)
  approve(@Payload() req: RpcRequest<unknown>): Promise<AdminDriverView> {
    const admin = requireActor(req, 'admin');
    return this.review.move(validData(IdRequest, req.data).id, 'approve', admin);
  }

  @RpcEndpoint(RPC.dispatch.rejectDriver)
  reject(@Payload() req: RpcRequest<unknown>): Promise<AdminDriverView> {
    const admin = requireActor(req, 'admin');
    const { id, reason } = validData(DriverReviewRequest, req.data);
    return this.review.move(id, 'reject', admin, reason);
  }

  @RpcEndpoint(RPC.dispatch.suspendDriver)
  suspend(@Payload() req: RpcRequest<unknown>): Promise<AdminDriverView> {
    const admin = requireActor(req, 'admin');
    const { id, reason } = validData(DriverReviewRequest, req.data);
    return this.review.move(id, 'suspend', admin, reason);
  }

  @RpcEndpoint(RPC.dispatch.reinstateDriver)
  reinstate(@Payload() req: RpcRequest<unknown>): Promise<AdminDriverView> {
    const admin = requireActor(req, 'admin');
    return this.review.move(validData(IdRequest, req.data).id, 'reinstate', admin);
  }
}
