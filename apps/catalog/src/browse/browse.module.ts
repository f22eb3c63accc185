import { Module } from '@nestjs/common';
import { BrowseCache } from './cache/browse-cache';
import { InvalidateBrowseCacheConsumer } from './invalidation/invalidate-browse-cache.consumer';
import { PublicCatalogReader } from './public-catalog.reader';
import { PublicCatalogRepository } from './public-catalog.repository';
import { GetPublicMenuRpc } from './queries/get-public-menu/get-public-menu.rpc';
import { GetPublicRestaurantRpc } from './queries/get-public-restaurant/get-public-restaurant.rpc';
import { ListPublicRestaurantsRpc } from './queries/list-public-restaurants/list-public-restaurants.rpc';

/** Public browsing: the approved restaurants, their menus, search; cached in Redis, invalidated by events. */
@Module({
  controllers: [ListPublicRestaurantsRpc, GetPublicRestaurantRpc, GetPublicMenuRpc, InvalidateBrowseCacheConsumer],
  providers: [PublicCatalogRepository, PublicCatalogReader, BrowseCache],
})
export class BrowseModule {}
