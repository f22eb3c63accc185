/** A URL-safe slug from a restaurant's name: lower case, French accents folded, words joined by '-'. */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return slug || 'restaurant';
}

/** What a slug must look like: the request shapes' rule, in @platter/contracts. */
export { SLUG_PATTERN } from '@platter/contracts';
