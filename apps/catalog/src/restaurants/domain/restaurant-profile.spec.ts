import { hoursProblems, normalizeCuisineTags, translationProblems } from './restaurant-profile';

describe('restaurant profile rules', () => {
  it('accepts weekly hours, overnight ranges and closed exceptions', () => {
    expect(hoursProblems({ mon: [['08:00', '22:00']], fri: [['18:00', '02:00']], sun: [] }, [{ date: '2026-12-25', hours: [] }])).toEqual([]);
  });

  it('names each bad day, time, date and duplicate', () => {
    const problems = hoursProblems({ monday: [], tue: [['8h', '22:00']], wed: [['10:00', '10:00']] } as never, [
      { date: '25/12/2026', hours: [] },
      { date: '2026-12-31', hours: [] },
      { date: '2026-12-31', hours: [] },
    ]);
    expect(problems.map((p) => p.field)).toEqual(['opening_hours.monday', 'opening_hours.tue.0', 'opening_hours.wed.0', 'hours_exceptions.0.date', 'hours_exceptions']);
  });

  it('accepts en and fr translations of name and description only', () => {
    expect(translationProblems({ en: { name: 'At Awa' }, fr: { name: 'Chez Awa', description: 'Cuisine maison' } })).toEqual([]);
    expect(translationProblems({ de: { name: 'Bei Awa' }, en: { slogan: 'x' }, fr: { name: '' } }).map((p) => p.field)).toEqual([
      'translations.de',
      'translations.en',
      'translations.fr.name',
    ]);
  });

  it('normalizes cuisine tags', () => {
    expect(normalizeCuisineTags([' Grill', 'grill', 'Cameroonian', ''])).toEqual(['grill', 'cameroonian']);
  });
});
