import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { isOpenAt, Page, PublicRestaurantsQuery, PublicRestaurantsRequest, PublicRestaurantSummary, RPC, RpcRequest } from '@platter/contracts';
import { pageOf, RpcEndpoint, validData } from '@platter/service-kit';
import { toPublicSummary } from '../../domain/public-restaurant.view';
import { PublicCatalogRepository } from '../../public-catalog.repository';

/**
 * Anyone, signed in or not, browses the approved restaurants. Not cached: the filter combinations are
 * many and short-lived, and open-now moves with the clock; the indexes keep it a few milliseconds.
 */
@Controller()
export class ListPublicRestaurantsRpc {
  constructor(private readonly catalog: PublicCatalogRepository) {}

  @RpcEndpoint(RPC.catalog.listPublic)
  async handle(@Payload() req: RpcRequest<Partial<PublicRestaurantsQuery>>): Promise<Page<PublicRestaurantSummary>> {
    const query = validData(PublicRestaurantsRequest, req?.data);
    const now = new Date();
    if (!query.open_now) {
      const rows = await this.catalog.listed(query, true);
      const total = rows.length ? Number(rows[0].total) : await this.countBeyondLastPage(query);
      return pageOf(rows.map((r) => toPublicSummary(r, query.lang, now)), query, total);
    }
    // Opening hours are read in each restaurant's timezone by isOpenAt: every match is fetched, then paged here.
    const open = (await this.catalog.listed(query, false)).filter((r) => isOpenAt(r, now));
    const start = (query.page - 1) * query.limit;
    return pageOf(open.slice(start, start + query.limit).map((r) => toPublicSummary(r, query.lang, now)), query, open.length);
  }

  /** A page past the end has no row to carry the window count. */
  private async countBeyondLastPage(query: PublicRestaurantsRequest): Promise<number> {
    if (query.page === 1) return 0;
    const [first] = await this.catalog.listed({ ...query, page: 1, limit: 1 }, true);
    return first ? Number(first.total) : 0;
  }
}
