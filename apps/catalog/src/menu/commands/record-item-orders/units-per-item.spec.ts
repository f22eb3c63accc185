import { unitsPerItem } from './units-per-item';

describe('unitsPerItem', () => {
  it('adds up the quantities of lines that order the same item', () => {
    const units = unitsPerItem([
      { menu_item_id: 'a', quantity: 2 },
      { menu_item_id: 'b', quantity: 1 },
      { menu_item_id: 'a', quantity: 3 },
    ]);
    expect([...units]).toEqual([['a', 5], ['b', 1]]);
  });

  it('is empty for no lines', () => {
    expect(unitsPerItem([]).size).toBe(0);
  });
});
