import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';
import { AdminDriverView, DriverReviewData, RPC, RpcRequest } from '@platter/contracts';
import { IdRequest, requireActor, validData } from '@platter/service-kit';
import { ReviewDriverService } from './review-driver.service';

class DriverReviewRequest implements DriverReviewData {
  @IsUUID() id: string;
  @IsString() @IsNotEmpty() @MaxLength(1000) reason: string;
}

/** POST /admin/drivers/:id/approve | reject | suspend | reinstate (admins only). */
@Controller()
export class ReviewDriverHandler {
  constructor(private readonly review: ReviewDriverService) {}

  @MessagePattern(RPC.dispatch.approveDriver)
  approve(@Payload() req: RpcRequest<unknown>): Promise<AdminDriverView> {
    const admin = requireActor(req, 'admin');
    return this.review.move(validData(IdRequest, req.data).id, 'approve', admin);
  }

  @MessagePattern(RPC.dispatch.rejectDriver)
  reject(@Payload() req: RpcRequest<unknown>): Promise<AdminDriverView> {
    const admin = requireActor(req, 'admin');
    const { id, reason } = validData(DriverReviewRequest, req.data);
    return this.review.move(id, 'reject', admin, reason);
  }

  @MessagePattern(RPC.dispatch.suspendDriver)
  suspend(@Payload() req: RpcRequest<unknown>): Promise<AdminDriverView> {
    const admin = requireActor(req, 'admin');
    const { id, reason } = validData(DriverReviewRequest, req.data);
    return this.review.move(id, 'suspend', admin, reason);
  }

  @MessagePattern(RPC.dispatch.reinstateDriver)
  reinstate(@Payload() req: RpcRequest<unknown>): Promise<AdminDriverView> {
    const admin = requireActor(req, 'admin');
    return this.review.move(validData(IdRequest, req.data).id, 'reinstate', admin);
  }
}
