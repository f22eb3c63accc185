import { ErrorDetail, Page, PageQuery } from '@platter/contracts';
import { CustomerException } from '../../customer.exception';

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;

/** page and limit as integers (or digit strings, as query strings carry them), with the API's defaults. */
export function parsePageQuery(data: { page?: unknown; limit?: unknown } | null | undefined): PageQuery {
  const page = toInteger(data?.page, 1);
  const limit = toInteger(data?.limit, DEFAULT_LIMIT);
  const details: ErrorDetail[] = [];
  if (page === null || page < 1) details.push({ field: 'page', message: 'page must be an integer of at least 1' });
  if (limit === null || limit < 1 || limit > MAX_LIMIT) details.push({ field: 'limit', message: `limit must be an integer from 1 to ${MAX_LIMIT}` });
  if (details.length) throw CustomerException.invalidInput(details);
  return { page: page!, limit: limit! };
}

export function toPage<T>(items: T[], total: number, query: PageQuery): Page<T> {
  return { items, pagination: { page: query.page, limit: query.limit, total, totalPages: Math.ceil(total / query.limit) } };
}

function toInteger(value: unknown, fallback: number): number | null {
  if (value === undefined || value === null) return fallback;
  const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  return Number.isSafeInteger(n) ? (n as number) : null;
}
