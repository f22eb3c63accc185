import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { Page, PageQuery, RPC, ReviewView, RpcRequest } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { pageOf, PageRequest, requireActor, RpcEndpoint, validData } from '@platter/service-kit';

interface Row {
  id: string;
  order_id: string;
  order_number: string;
  restaurant_id: string;
  rating: number;
  driver_rating: number | null;
  comment: string | null;
  points_earned: number;
  created_at: Date;
  total: number;
}

/** GET /client/reviews: the customer's reviews, newest first, with the points each earned. */
@Controller()
export class ListMyReviewsHandler {
  constructor(private readonly tx: TransactionHost) {}

  @RpcEndpoint(RPC.ordering.myReviews)
  async handle(@Payload() req: RpcRequest<Partial<PageQuery>>): Promise<Page<ReviewView>> {
    const customer = requireActor(req, 'customer');
    const query = validData(PageRequest, req.data);
    const rows = (await this.tx.manager.query(
      `SELECT r.id, r.order_id, o.order_number, r.restaurant_id, r.rating, r.driver_rating, r.comment, r.created_at,
              coalesce(e.points, 0)::int AS points_earned, count(*) OVER ()::int AS total
         FROM reviews r
         JOIN orders o ON o.id = r.order_id
         LEFT JOIN loyalty_entries e ON e.movement_key = 'review:' || r.order_id
        WHERE r.customer_id = $1
        ORDER BY r.created_at DESC, r.id DESC
        LIMIT $2 OFFSET $3`,
      [customer.user_id, query.limit, (query.page - 1) * query.limit],
    )) as Row[];
    const total = rows[0]?.total ?? (await this.countAll(customer.user_id));
    const items = rows.map(({ total: _total, created_at, ...r }) => ({ ...r, created_at: new Date(created_at).toISOString() }));
    return pageOf(items, query, total);
  }

  /** A page past the end has no row to carry the total. */
  private async countAll(customerId: string): Promise<number> {
    const [{ n }] = (await this.tx.manager.query(`SELECT count(*)::int AS n FROM reviews WHERE customer_id = $1`, [customerId])) as { n: number }[];
    return n;
  }
}
