import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { isOpenAt, PublicRestaurantDetail, PublicRestaurantRef, PublicRestaurantRefRequest, RPC, RpcRequest } from '@platter/contracts';
import { RpcEndpoint, validData } from '@platter/service-kit';
import { BrowseCache } from '../../cache/browse-cache';
import { toPublicDetail } from '../../domain/public-restaurant.view';
import { PublicCatalogReader } from '../../public-catalog.reader';

/** One approved restaurant, by UUID or slug; any other status is 404. Cached per language. */
@Controller()
export class GetPublicRestaurantRpc {
  constructor(private readonly reader: PublicCatalogReader, private readonly cache: BrowseCache) {}

  @RpcEndpoint(RPC.catalog.getPublic)
  async handle(@Payload() req: RpcRequest<PublicRestaurantRef>): Promise<PublicRestaurantDetail> {
    const { id, lang } = validData(PublicRestaurantRefRequest, req?.data);
    const detail = await this.cache.read('restaurant', id, lang, () => this.reader.restaurantIdOf(id), async () => {
      const row = await this.reader.restaurant(id);
      return { restaurantId: row.id, value: toPublicDetail(row, lang, new Date()) };
    });
    return { ...detail, is_open_now: isOpenAt(detail, new Date()) };
  }
}
