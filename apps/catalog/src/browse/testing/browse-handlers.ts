// Medium tests only: the public query handlers over a throwaway schema, with a cache that is
// connected (to real Redis) only when a test asks for it.
import { createLogger, PlatterLogger } from '@platter/observability';
import { ThrowawaySchema } from '@platter/testing';
import { CatalogConfig } from '../../catalog.config';
import { BrowseCache } from '../cache/browse-cache';
import { catalogServices } from '../../testing/catalog-services';

/** A cache under its own namespace; not connected until `onModuleInit()`, so reads go to PostgreSQL. */
export function browseCache(namespace = 'medium', redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'): BrowseCache {
  const config = Object.assign(new CatalogConfig(), { PLATTER_NAMESPACE: namespace, REDIS_URL: redisUrl });
  return new BrowseCache(config, new PlatterLogger(createLogger({ service: 'catalog', level: 'silent' })));
}

/** The public query handlers, built by Nest from catalog's feature modules over `db`, reading through `cache`. */
export async function browseHandlers(db: ThrowawaySchema, cache: BrowseCache = browseCache()) {
  const catalog = await catalogServices(db, new CatalogConfig(), [{ provide: BrowseCache, useValue: cache }]);
  return { ...catalog.browse, close: catalog.close };
}
