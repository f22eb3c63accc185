import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { isOpenAt, PublicMenuView, PublicRestaurantRef, PublicRestaurantRefRequest, RPC, RpcRequest } from '@platter/contracts';
import { RpcEndpoint, validData } from '@platter/service-kit';
import { BrowseCache } from '../../cache/browse-cache';
import { menuAt } from '../../domain/menu-schedule';
import { PublicCatalogReader } from '../../public-catalog.reader';

/**
 * What a customer can order now from an approved restaurant, category by category, in the language
 * asked for. The menu is cached per restaurant and language; schedules and open-now are applied to
 * every answer, so the cached copy follows the clock.
 */
@Controller()
export class GetPublicMenuRpc {
  constructor(private readonly reader: PublicCatalogReader, private readonly cache: BrowseCache) {}

  @RpcEndpoint(RPC.catalog.publicMenu)
  async handle(@Payload() req: RpcRequest<PublicRestaurantRef>): Promise<PublicMenuView> {
    const { id, lang } = validData(PublicRestaurantRefRequest, req?.data);
    const menu = await this.cache.read('menu', id, lang, () => this.reader.restaurantIdOf(id), async () => {
      const row = await this.reader.restaurant(id);
      return { restaurantId: row.id, value: await this.reader.menu(row, lang, new Date()) };
    });
    const now = new Date();
    return menuAt({ ...menu, restaurant: { ...menu.restaurant, is_open_now: isOpenAt(menu.restaurant, now) } }, menu.restaurant.timezone, now);
  }
}
