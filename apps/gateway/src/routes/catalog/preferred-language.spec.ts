import { preferredLanguage } from './preferred-language';

describe('preferredLanguage', () => {
  it('takes ?lang= over the header', () => {
    expect(preferredLanguage('en', 'fr-FR,fr')).toBe('en');
  });

  it('picks the best menu language of Accept-Language by q-value, then order', () => {
    expect(preferredLanguage(undefined, 'fr-CM,fr;q=0.9,en;q=0.8')).toBe('fr');
    expect(preferredLanguage(undefined, 'de-DE,en;q=0.5,fr;q=0.7')).toBe('fr');
    expect(preferredLanguage(undefined, 'EN-gb, fr')).toBe('en');
    expect(preferredLanguage(undefined, ['de', 'en-US;q=0.3'])).toBe('en');
  });

  it('gives none when no menu language is acceptable (the base text is served)', () => {
    expect(preferredLanguage(undefined, undefined)).toBeUndefined();
    expect(preferredLanguage(undefined, 'de-DE,es;q=0.9')).toBeUndefined();
    expect(preferredLanguage(undefined, 'fr;q=0, de')).toBeUndefined();
    expect(preferredLanguage(undefined, '*')).toBeUndefined();
  });
});
