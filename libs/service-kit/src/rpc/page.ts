import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { Page, PageQuery } from '@platter/contracts';

/** `?page=1&limit=20`, limit at most 100 (CONTRACT.md); strings from a query string are accepted. */
export class PageRequest implements PageQuery {
  @Type(() => Number) @IsInt() @Min(1) @Max(100000) page: number = 1;
  @Type(() => Number) @IsInt() @Min(1) @Max(100) limit: number = 20;
}

export function pageOf<T>(items: T[], query: PageQuery, total: number): Page<T> {
  return { items, pagination: { page: query.page, limit: query.limit, total, totalPages: Math.ceil(total / query.limit) } };
}
