import { Page, PageQuery } from '@platter/contracts';

/** The shared page request lives with the other request shapes; re-exported for the services that import it from here. */
export { PageRequest } from '@platter/contracts';

export function pageOf<T>(items: T[], query: PageQuery, total: number): Page<T> {
  return { items, pagination: { page: query.page, limit: query.limit, total, totalPages: Math.ceil(total / query.limit) } };
}
