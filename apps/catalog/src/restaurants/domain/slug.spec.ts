import { SLUG_PATTERN, slugify } from './slug';

describe('slugify', () => {
  it('folds French accents and ligatures and joins words with dashes', () => {
    expect(slugify("Chez Awa — Le Goût d'Été")).toBe('chez-awa-le-gout-d-ete');
    expect(slugify('Œufs & Bœuf')).toBe('oeufs-boeuf');
  });

  it('gives a slug the pattern accepts even for names with no letters or digits', () => {
    expect(slugify('  !!! ')).toBe('restaurant');
    expect(SLUG_PATTERN.test(slugify('--Maquis   du Coin--'))).toBe(true);
  });

  it('keeps slugs short without a trailing dash', () => {
    const slug = slugify(`${'a'.repeat(79)} b`);
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('-')).toBe(false);
  });
});
