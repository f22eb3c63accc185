import { MENU_LANGUAGES, MenuLanguage } from '@platter/contracts';

/**
 * The menu language: `?lang=` when given, else the best of Accept-Language's languages the menus
 * come in (by q-value, then order: "fr-CM,fr;q=0.9,en;q=0.8" → fr), else none (the base text).
 */
export function preferredLanguage(lang: MenuLanguage | undefined, acceptLanguage: string | string[] | undefined): MenuLanguage | undefined {
  if (lang) return lang;
  const header = Array.isArray(acceptLanguage) ? acceptLanguage.join(',') : acceptLanguage;
  if (!header) return undefined;
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { base: tag.trim().toLowerCase().split('-')[0], q: q ? Number(q.slice(2)) : 1, index };
    })
    .filter((c) => (MENU_LANGUAGES as readonly string[]).includes(c.base) && Number.isFinite(c.q) && c.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked[0]?.base as MenuLanguage | undefined;
}
