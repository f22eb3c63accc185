import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Public, VerifiedActor } from '@platter/auth';
import { GuestOrderTokenQuery, IdRequest, Page, PageRequest, ReviewRequest, ReviewView, RPC } from '@platter/contracts';
import { RpcClient } from '@platter/messaging';
import { RequestId } from '../../http/request-params';
import { RateLimit } from '../../rate-limit/rate-limit.decorator';
import { Authenticated } from '../common/access';
import { actorOf } from '../common/actor-of';

/** A customer reviews their delivered or completed order (once; 50 points). */
@ApiTags('client')
@Controller('client/orders')
export class ClientReviewsController {
  constructor(private readonly rpc: RpcClient) {}

  @Post(':id/review')
  @Authenticated('customer')
  @ApiOperation({ summary: 'Review your delivered or completed order (once; 422 before delivery or the second time)' })
  review(@Param() { id }: IdRequest, @Body() body: ReviewRequest, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<ReviewView> {
    return this.rpc.call(RPC.ordering.reviewSubmit, { actor: actorOf(actor), data: { ...body, id } }, { correlationId: requestId });
  }
}

/** GET /client/reviews: the customer's own reviews (a restaurant's public reviews are catalog's). */
@ApiTags('client')
@Controller('client/reviews')
export class MyReviewsController {
  constructor(private readonly rpc: RpcClient) {}

  @Get()
  @Authenticated('customer')
  @ApiOperation({ summary: 'Your reviews, newest first' })
  list(@Query() { page, limit }: PageRequest, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<Page<ReviewView>> {
    return this.rpc.call(RPC.ordering.myReviews, { actor: actorOf(actor), data: { page, limit } }, { correlationId: requestId });
  }
}

/** Guest feedback: with the order's tracking token, same rules as a review, no points. */
@ApiTags('guest')
@Controller('guest/orders')
export class GuestFeedbackController {
  constructor(private readonly rpc: RpcClient) {}

  @Post(':id/feedback')
  @Public()
  @RateLimit('guest', 'ip')
  @ApiOperation({ summary: 'Feedback on a delivered or completed guest order, with its tracking token (404 for a wrong id or token alike)' })
  feedback(
    @Param() { id }: IdRequest,
    @Query() { token }: GuestOrderTokenQuery,
    @Body() body: ReviewRequest,
    @RequestId() requestId: string,
  ): Promise<ReviewView> {
    return this.rpc.call(RPC.ordering.guestFeedbackSubmit, { actor: null, data: { ...body, id, token } }, { correlationId: requestId });
  }
}
