import { localize } from './localize';

const base = { name: 'Ndolé', description: 'Feuilles amères, arachides' };

describe('localize', () => {
  it('uses the language asked for where the restaurant gave it', () => {
    expect(localize(base, { en: { name: 'Ndole stew', description: 'Bitterleaf and peanuts' } }, 'en')).toEqual({ name: 'Ndole stew', description: 'Bitterleaf and peanuts' });
  });

  it('falls back field by field to the base text', () => {
    expect(localize(base, { en: { name: 'Ndole stew' } }, 'en')).toEqual({ name: 'Ndole stew', description: 'Feuilles amères, arachides' });
    expect(localize(base, { en: { name: '  ', description: 'Bitterleaf' } }, 'en')).toEqual({ name: 'Ndolé', description: 'Bitterleaf' });
  });

  it('keeps the base text for a missing language or none asked', () => {
    expect(localize(base, { en: { name: 'Ndole stew' } }, 'fr')).toEqual(base);
    expect(localize(base, { en: { name: 'Ndole stew' } }, undefined)).toEqual(base);
    expect(localize(base, null, 'en')).toEqual(base);
  });
});
