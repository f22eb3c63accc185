import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { ReviewView, RPC, RpcRequest, SubmitGuestFeedbackData, SubmitGuestFeedbackRpcRequest, SubmitReviewData, SubmitReviewRpcRequest } from '@platter/contracts';
import { requireActor, RpcEndpoint, validData } from '@platter/service-kit';
import { SubmitReviewService } from './submit-review.service';

/** POST /client/orders/:id/review and POST /guest/orders/:id/feedback?token=. */
@Controller()
export class SubmitReviewRpc {
  constructor(private readonly reviews: SubmitReviewService) {}

  @RpcEndpoint(RPC.ordering.reviewSubmit)
  review(@Payload() req: RpcRequest<SubmitReviewData>): Promise<ReviewView> {
    const customer = requireActor(req, 'customer');
    return this.reviews.submit({ kind: 'customer', customerId: customer.user_id }, validData(SubmitReviewRpcRequest, req.data));
  }

  @RpcEndpoint(RPC.ordering.guestFeedbackSubmit)
  feedback(@Payload() req: RpcRequest<SubmitGuestFeedbackData>): Promise<ReviewView> {
    const data = validData(SubmitGuestFeedbackRpcRequest, req.data);
    return this.reviews.submit({ kind: 'guest', token: data.token }, data);
  }
}
