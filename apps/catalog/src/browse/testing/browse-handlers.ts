// Medium tests only: the public query handlers over a throwaway schema, with a cache that is
// connected (to real Redis) only when a test asks for it.
import { createLogger, PlatterLogger } from '@platter/observability';
import { TransactionHost } from '@platter/persistence';
import { CatalogConfig } from '../../catalog.config';
import { BrowseCache } from '../cache/browse-cache';
import { PublicCatalogReader } from '../public-catalog.reader';
import { GetPublicMenuRpc } from '../queries/get-public-menu/get-public-menu.rpc';
import { GetPublicRestaurantRpc } from '../queries/get-public-restaurant/get-public-restaurant.rpc';
import { ListPublicRestaurantsRpc } from '../queries/list-public-restaurants/list-public-restaurants.rpc';

/** A cache under its own namespace; not connected until `onModuleInit()`, so reads go to PostgreSQL. */
export function browseCache(namespace = 'medium', redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'): BrowseCache {
  const config = Object.assign(new CatalogConfig(), { PLATTER_NAMESPACE: namespace, REDIS_URL: redisUrl });
  return new BrowseCache(config, new PlatterLogger(createLogger({ service: 'catalog', level: 'silent' })));
}

export function browseHandlers(tx: TransactionHost, cache: BrowseCache = browseCache()) {
  const reader = new PublicCatalogReader(tx);
  return {
    list: new ListPublicRestaurantsRpc(tx),
    restaurant: new GetPublicRestaurantRpc(reader, cache),
    menu: new GetPublicMenuRpc(reader, cache),
  };
}
