import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { Page, PageQuery, RPC, ReviewView, RpcRequest } from '@platter/contracts';
import { pageOf, PageRequest, requireActor, RpcEndpoint, validData } from '@platter/service-kit';
import { ReviewRepository } from '../../review.repository';

/** GET /client/reviews: the customer's reviews, newest first, with the points each earned. */
@Controller()
export class ListMyReviewsRpc {
  constructor(private readonly reviews: ReviewRepository) {}

  @RpcEndpoint(RPC.ordering.myReviews)
  async handle(@Payload() req: RpcRequest<Partial<PageQuery>>): Promise<Page<ReviewView>> {
    const customer = requireActor(req, 'customer');
    const query = validData(PageRequest, req.data);
    const [rows, total] = await this.reviews.byCustomer(customer.user_id, query);
    const items = rows.map(({ created_at, ...r }) => ({ ...r, created_at: new Date(created_at).toISOString() }));
    return pageOf(items, query, total);
  }
}
