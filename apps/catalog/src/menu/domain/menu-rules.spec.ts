import {
  bulkPriceShapeErrors, importErrors, itemDetailErrors, modifierGroupErrors, priceAfterPercent, scheduleErrors, variantErrors,
} from './menu-rules';

const options = (...names: string[]) => names.map((name) => ({ name }));

describe('modifierGroupErrors', () => {
  it('accepts min ≤ max ≤ number of options', () => {
    expect(modifierGroupErrors([{ name: 'Sauce', min_choices: 1, max_choices: 2, options: options('Piment', 'Arachide') }])).toEqual([]);
    expect(modifierGroupErrors([{ name: 'Extras', min_choices: 0, max_choices: 1, options: options('Oeuf') }])).toEqual([]);
  });

  it('refuses min above max, max above the options, no options and max 0, naming the field', () => {
    expect(modifierGroupErrors([{ name: 'Sauce', min_choices: 2, max_choices: 1, options: options('A', 'B') }])).toEqual([
      { field: 'modifier_groups.0.min_choices', message: 'min_choices must not exceed max_choices' },
    ]);
    expect(modifierGroupErrors([{ name: 'Sauce', min_choices: 0, max_choices: 3, options: options('A', 'B') }])).toEqual([
      { field: 'modifier_groups.0.max_choices', message: 'max_choices must not exceed the number of options (2)' },
    ]);
    expect(modifierGroupErrors([{ name: 'Vide', min_choices: 0, max_choices: 0, options: [] }]).map((e) => e.field)).toEqual([
      'modifier_groups.0.options', 'modifier_groups.0.max_choices',
    ]);
  });

  it('refuses two groups, or two options of a group, with the same name', () => {
    const errors = modifierGroupErrors([
      { name: 'Sauce', min_choices: 0, max_choices: 1, options: options('A', ' a ') },
      { name: 'sauce', min_choices: 0, max_choices: 1, options: options('B') },
    ]);
    expect(errors.map((e) => e.field)).toEqual(['modifier_groups.1.name', 'modifier_groups.0.options.1.name']);
  });
});

describe('variantErrors', () => {
  it('refuses a repeated variant name', () => {
    expect(variantErrors([{ name: 'Petit' }, { name: 'Grand' }])).toEqual([]);
    expect(variantErrors([{ name: 'Petit' }, { name: 'PETIT' }])).toEqual([{ field: 'variants.1.name', message: 'variant "PETIT" appears twice' }]);
  });
});

describe('scheduleErrors', () => {
  it('wants days and an HH:MM window that ends after it starts', () => {
    expect(scheduleErrors([{ days: ['mon'], from: '06:00', to: '11:00' }])).toEqual([]);
    expect(scheduleErrors([{ days: [], from: '6:00', to: '24:00' }]).map((e) => e.field)).toEqual([
      'availability_schedule.0.days', 'availability_schedule.0.from', 'availability_schedule.0.to',
    ]);
    expect(scheduleErrors([{ days: ['sat'], from: '22:00', to: '02:00' }])).toEqual([
      { field: 'availability_schedule.0.to', message: expect.stringContaining('later than from') },
    ]);
  });
});

describe('priceAfterPercent', () => {
  it('moves a price by a percentage, rounded to the minor unit', () => {
    expect(priceAfterPercent(2500, 10)).toBe(2750);
    expect(priceAfterPercent(1999, -5)).toBe(1899);
    expect(priceAfterPercent(333, 12.5)).toBe(375);
    expect(priceAfterPercent(100, -100)).toBe(0);
    expect(priceAfterPercent(100, -150)).toBeNull();
    // Exact halves go up, as money rounding does (a float computation would say 1000).
    expect(priceAfterPercent(1000, 0.05)).toBe(1001);
    expect(priceAfterPercent(999_999_999, 500)).toBe(5_999_999_994);
  });
});

describe('bulkPriceShapeErrors', () => {
  it('wants prices or a percent (with at most one selection)', () => {
    expect(bulkPriceShapeErrors({ prices: [{}] })).toEqual([]);
    expect(bulkPriceShapeErrors({ percent: 5, category_id: 'c' })).toEqual([]);
    expect(bulkPriceShapeErrors({})).toEqual([{ field: 'prices', message: 'give prices or percent' }]);
    expect(bulkPriceShapeErrors({ prices: [], percent: 5 })[0].field).toBe('percent');
    expect(bulkPriceShapeErrors({ prices: [{}], item_ids: ['a'] })[0].field).toBe('item_ids');
    expect(bulkPriceShapeErrors({ percent: 5, item_ids: ['a'], category_id: 'c' })[0].field).toBe('category_id');
  });
});

describe('importErrors', () => {
  it('reports every bad row of the document with its path', () => {
    const errors = importErrors({
      categories: [
        { name: 'Plats', items: [{ name: 'Ndolé', variants: [{ name: 'Grand' }, { name: 'grand' }] }, { name: 'ndolé' }] },
        {
          name: 'PLATS',
          availability_schedule: [{ days: ['mon'], from: '11:00', to: '10:00' }],
          items: [{ name: 'Koki', modifier_groups: [{ name: 'Sauce', min_choices: 2, max_choices: 1, options: options('A') }] }],
        },
      ],
    });
    expect(errors.map((e) => e.field)).toEqual([
      'categories.1.name',
      'categories.0.items.1.name',
      'categories.0.items.0.variants.1.name',
      'categories.1.availability_schedule.0.to',
      'categories.1.items.0.modifier_groups.0.min_choices',
    ]);
  });

  it('accepts a clean document', () => {
    expect(importErrors({ categories: [{ name: 'Plats', items: [{ name: 'Ndolé' }] }] })).toEqual([]);
    expect(itemDetailErrors({}, 'x')).toEqual([]);
  });
});
