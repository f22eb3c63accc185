import { parsePageQuery, toPage } from './page-query';

describe('parsePageQuery', () => {
  it('defaults to the first page of 20', () => {
    expect(parsePageQuery(undefined)).toEqual({ page: 1, limit: 20 });
    expect(parsePageQuery({})).toEqual({ page: 1, limit: 20 });
  });

  it('takes integers and digit strings', () => {
    expect(parsePageQuery({ page: 3, limit: 50 })).toEqual({ page: 3, limit: 50 });
    expect(parsePageQuery({ page: '2', limit: '100' })).toEqual({ page: 2, limit: 100 });
  });

  it('names every bad field', () => {
    expect(() => parsePageQuery({ page: 0, limit: 101 })).toThrow(
      expect.objectContaining({
        code: 'VALIDATION_ERROR',
        details: [
          { field: 'page', message: 'page must be an integer of at least 1' },
          { field: 'limit', message: 'limit must be an integer from 1 to 100' },
        ],
      }),
    );
  });

  it.each([1.5, '1.5', '-1', 'abc', true])('refuses page %p', (page) => {
    expect(() => parsePageQuery({ page })).toThrow(expect.objectContaining({ code: 'VALIDATION_ERROR' }));
  });
});

describe('toPage', () => {
  it('counts the pages, rounding up', () => {
    expect(toPage(['a'], 41, { page: 3, limit: 20 })).toEqual({ items: ['a'], pagination: { page: 3, limit: 20, total: 41, totalPages: 3 } });
  });

  it('has no pages when there is nothing', () => {
    expect(toPage([], 0, { page: 1, limit: 20 }).pagination.totalPages).toBe(0);
  });
});
