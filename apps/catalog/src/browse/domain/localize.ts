import type { MenuLanguage, MenuTranslations } from '@platter/contracts';

export interface LocalizedText {
  name: string;
  description: string | null;
}

/**
 * A name and description in `lang` where the restaurant gave them, each field falling back on its
 * own to the base text (a translated name with no translated description keeps the base description).
 */
export function localize(base: LocalizedText, translations: MenuTranslations | null | undefined, lang: MenuLanguage | undefined): LocalizedText {
  const t = lang ? translations?.[lang] : undefined;
  return {
    name: nonBlank(t?.name) ?? base.name,
    description: nonBlank(t?.description) ?? base.description,
  };
}

function nonBlank(value: string | undefined): string | undefined {
  return value !== undefined && value.trim() !== '' ? value : undefined;
}
