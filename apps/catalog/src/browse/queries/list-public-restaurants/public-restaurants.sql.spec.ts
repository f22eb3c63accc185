import { effectiveSort, publicRestaurantsSql } from './public-restaurants.sql';

const page = { page: 3, limit: 20 };

describe('publicRestaurantsSql', () => {
  it('lists approved restaurants only, by name, a page at a time', () => {
    const { sql, params } = publicRestaurantsSql(page, true);
    expect(sql).toContain(`WHERE r.status = 'approved'`);
    expect(sql).toMatch(/ORDER BY r\.name, r\.id\s+LIMIT \$1 OFFSET \$2/);
    expect(params).toEqual([20, 40]);
  });

  it('returns every match unpaged when code filters afterwards (open now)', () => {
    const { sql, params } = publicRestaurantsSql(page, false);
    expect(sql).not.toContain('LIMIT');
    expect(params).toEqual([]);
  });

  it('measures distance from the point and, asked to, keeps restaurants with a zone covering it', () => {
    const { sql, params } = publicRestaurantsSql({ ...page, lat: 4.05, lng: 9.7, delivers: true }, true);
    expect(sql).toContain('zone_covers(z, $1::double precision, $2::double precision)');
    expect(sql).toContain('AS distance_km');
    expect(sql).toMatch(/ORDER BY distance_km ASC NULLS LAST/);
    expect(params).toEqual([4.05, 9.7, 20, 40]);
  });

  it('does not filter by zone without `delivers`', () => {
    expect(publicRestaurantsSql({ ...page, lat: 4.05, lng: 9.7 }, true).sql).not.toContain('zone_covers');
  });

  it('matches cuisine tags case-insensitively, any of them', () => {
    const { sql, params } = publicRestaurantsSql({ ...page, cuisine: ['Cameroonian', 'FRENCH'] }, true);
    expect(sql).toContain('lower(tag) = ANY($1::text[])');
    expect(params[0]).toEqual(['cameroonian', 'french']);
  });

  it('searches restaurant and available dish names, folded, ranked by the better match', () => {
    const { sql, params } = publicRestaurantsSql({ ...page, q: 'crème brûlée' }, true);
    expect(sql).toContain('search_text($1::text) OPERATOR(extensions.<%) search_text(r.name)');
    expect(sql).toMatch(/EXISTS \(SELECT 1 FROM menu_items i WHERE i\.restaurant_id = r\.id AND i\.deleted_at IS NULL AND i\.is_available AND search_text\(\$1::text\) OPERATOR\(extensions\.<%\) search_text\(i\.name\)\)/);
    expect(sql).toMatch(/ORDER BY relevance DESC/);
    // The term travels as a parameter, never inside the SQL.
    expect(sql).not.toContain('crème');
    expect(params[0]).toBe('crème brûlée');
  });

  it('sorts by rating with unrated restaurants last', () => {
    expect(publicRestaurantsSql({ ...page, q: 'poulet', sort: 'rating' }, true).sql).toMatch(/ORDER BY r\.rating DESC NULLS LAST, r\.rating_count DESC, r\.name, r\.id/);
  });
});

describe('effectiveSort', () => {
  it('prefers the asked sort, then relevance when searching, then distance with a point, then name', () => {
    expect(effectiveSort({ sort: 'rating', q: 'x' })).toBe('rating');
    expect(effectiveSort({ q: 'x', lat: 1, lng: 2 })).toBe('relevance');
    expect(effectiveSort({ lat: 1, lng: 2 })).toBe('distance');
    expect(effectiveSort({ lat: 1 })).toBe('name');
    expect(effectiveSort({})).toBe('name');
  });
});
