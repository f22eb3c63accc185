import { Module } from '@nestjs/common';
import { BrowseCache } from './cache/browse-cache';
import { InvalidateBrowseCacheHandler } from './invalidation/invalidate-browse-cache.handler';
import { PublicCatalogReader } from './public-catalog.reader';
import { GetPublicMenuHandler } from './queries/get-public-menu/get-public-menu.handler';
import { GetPublicRestaurantHandler } from './queries/get-public-restaurant/get-public-restaurant.handler';
import { ListPublicRestaurantsHandler } from './queries/list-public-restaurants/list-public-restaurants.handler';

/** Public browsing: the approved restaurants, their menus, search; cached in Redis, invalidated by events. */
@Module({
  controllers: [ListPublicRestaurantsHandler, GetPublicRestaurantHandler, GetPublicMenuHandler, InvalidateBrowseCacheHandler],
  providers: [PublicCatalogReader, BrowseCache],
})
export class BrowseModule {}
