import { PlatterError } from '@platter/contracts';
import { MenuEntry, priceLines } from './order-lines';

const RESTAURANT = { id: 'r1', currency: 'XAF' };
const entry = (over: Partial<MenuEntry> & { id: string }): MenuEntry => ({
  restaurant_id: 'r1', name: over.id.toUpperCase(), price: 1000, currency: 'XAF', is_available: true, deleted: false, ...over,
});

function failure(fn: () => unknown): PlatterError {
  try {
    fn();
  } catch (err) {
    return err as PlatterError;
  }
  throw new Error('expected a failure');
}

describe('priceLines', () => {
  const menu = new Map([
    ['ndole', entry({ id: 'ndole', name: 'Ndolé', price: 3500 })],
    ['poulet', entry({ id: 'poulet', name: 'Poulet DG', price: 5000 })],
    ['gone', entry({ id: 'gone', name: 'Eru', deleted: true })],
    ['sold-out', entry({ id: 'sold-out', name: 'Koki', is_available: false })],
    ['elsewhere', entry({ id: 'elsewhere', name: 'Achu', restaurant_id: 'r2' })],
    ['dollars', entry({ id: 'dollars', name: 'Burger', currency: 'USD' })],
  ]);

  it('prices each line from the menu and keeps the request order and notes', () => {
    const lines = priceLines([{ menu_item_id: 'poulet', quantity: 2, notes: 'spicy' }, { menu_item_id: 'ndole', quantity: 1 }], menu, RESTAURANT);
    expect(lines).toEqual([
      { menu_item_id: 'poulet', name: 'Poulet DG', quantity: 2, unit_price: 5000, total_price: 10000, notes: 'spicy', variant_id: null, variant_name: null, modifiers: [] },
      { menu_item_id: 'ndole', name: 'Ndolé', quantity: 1, unit_price: 3500, total_price: 3500, notes: null, variant_id: null, variant_name: null, modifiers: [] },
    ]);
  });

  it('ignores any price the client slipped into a line', () => {
    const sneaky = { menu_item_id: 'ndole', quantity: 1, unit_price: 1 } as { menu_item_id: string; quantity: number };
    expect(priceLines([sneaky], menu, RESTAURANT)[0].unit_price).toBe(3500);
  });

  it.each([['gone'], ['sold-out'], ['elsewhere'], ['dollars']])('refuses %s with ITEM_UNAVAILABLE naming the item', (id) => {
    const error = failure(() => priceLines([{ menu_item_id: 'ndole', quantity: 1 }, { menu_item_id: id, quantity: 1 }], menu, RESTAURANT));
    expect(error.code).toBe('ITEM_UNAVAILABLE');
    expect(error.status).toBe(422);
    expect(error.message).toContain(menu.get(id)!.name);
    expect(error.details).toEqual([{ field: 'items[1].menu_item_id', message: expect.stringContaining(menu.get(id)!.name) }]);
  });

  it('names an unknown item by its id and lists every unavailable line', () => {
    const error = failure(() => priceLines([{ menu_item_id: 'nope', quantity: 1 }, { menu_item_id: 'sold-out', quantity: 1 }], menu, RESTAURANT));
    expect(error.message).toBe('Items nope, "Koki" are not available');
    expect(error.details?.map((d) => d.field)).toEqual(['items[0].menu_item_id', 'items[1].menu_item_id']);
  });

  it('refuses an item outside its schedule, read in the restaurant time zone', () => {
    const breakfast = [{ days: ['mon' as const], from: '06:00', to: '11:00' }];
    const menuWithBreakfast = new Map([['beignets', entry({ id: 'beignets', name: 'Beignets haricots', availability_schedule: breakfast })]]);
    const douala = { ...RESTAURANT, timezone: 'Africa/Douala' };
    const mondayAt = (hhmm: string) => new Date(`2026-11-23T${hhmm}:00+01:00`);
    expect(priceLines([{ menu_item_id: 'beignets', quantity: 1 }], menuWithBreakfast, douala, mondayAt('07:30'))).toHaveLength(1);
    const late = failure(() => priceLines([{ menu_item_id: 'beignets', quantity: 1 }], menuWithBreakfast, douala, mondayAt('11:30')));
    expect(late.code).toBe('ITEM_UNAVAILABLE');
    expect(late.details).toEqual([{ field: 'items[0].menu_item_id', message: 'Item "Beignets haricots" is not served at this time' }]);
  });
});

describe('priceLines with variants and modifiers', () => {
  const pizza = entry({
    id: 'pizza',
    name: 'Pizza',
    price: 4000,
    variants: [
      { id: 'small', name: 'Petite', price: 3500 },
      { id: 'large', name: 'Grande', price: 6000 },
    ],
    modifier_groups: [
      {
        id: 'crust', name: 'Pâte', min_choices: 1, max_choices: 1,
        options: [
          { id: 'thin', name: 'Fine', price_delta: 0, is_available: true },
          { id: 'stuffed', name: 'Bord farci', price_delta: 800, is_available: true },
        ],
      },
      {
        id: 'extras', name: 'Suppléments', min_choices: 0, max_choices: 2,
        options: [
          { id: 'cheese', name: 'Fromage', price_delta: 500, is_available: true },
          { id: 'egg', name: 'Oeuf', price_delta: 300, is_available: true },
          { id: 'truffle', name: 'Truffe', price_delta: 5000, is_available: false },
          { id: 'no-onion', name: 'Sans oignon', price_delta: -200, is_available: true },
        ],
      },
    ],
  });
  const menu = new Map([['pizza', pizza]]);
  const line = (over: Partial<{ variant_id: string; modifier_ids: string[] }>) => ({ menu_item_id: 'pizza', quantity: 2, ...over });

  it("prices a line at its variant's absolute price plus every chosen option's delta", () => {
    const [priced] = priceLines([line({ variant_id: 'large', modifier_ids: ['stuffed', 'cheese', 'egg'] })], menu, RESTAURANT);
    expect(priced).toEqual({
      menu_item_id: 'pizza', name: 'Pizza', quantity: 2, unit_price: 7600, total_price: 15_200, notes: null, variant_id: 'large', variant_name: 'Grande',
      modifiers: [
        { id: 'stuffed', name: 'Bord farci', price_delta: 800 },
        { id: 'cheese', name: 'Fromage', price_delta: 500 },
        { id: 'egg', name: 'Oeuf', price_delta: 300 },
      ],
    });
  });

  it('takes negative deltas off, never below zero', () => {
    expect(priceLines([line({ variant_id: 'small', modifier_ids: ['thin', 'no-onion'] })], menu, RESTAURANT)[0].unit_price).toBe(3300);
    const cheap = new Map([['pizza', { ...pizza, variants: [{ id: 'mini', name: 'Mini', price: 100 }] }]]);
    expect(priceLines([line({ variant_id: 'mini', modifier_ids: ['thin', 'no-onion'] })], cheap, RESTAURANT)[0].unit_price).toBe(0);
  });

  it('requires a variant when the item has some, and refuses one when it has none', () => {
    const missing = failure(() => priceLines([line({ modifier_ids: ['thin'] })], menu, RESTAURANT));
    expect(missing.code).toBe('ITEM_CHOICES_INVALID');
    expect(missing.details).toEqual([{ field: 'items[0].variant_id', message: '"Pizza" needs a size: one of Petite, Grande' }]);
    const plain = new Map([['ndole', entry({ id: 'ndole', name: 'Ndolé' })]]);
    expect(failure(() => priceLines([{ menu_item_id: 'ndole', quantity: 1, variant_id: 'large' }], plain, RESTAURANT)).code).toBe('ITEM_UNAVAILABLE');
  });

  it('refuses an unknown variant and an unavailable or foreign option as ITEM_UNAVAILABLE', () => {
    const unknownSize = failure(() => priceLines([line({ variant_id: 'huge', modifier_ids: ['thin'] })], menu, RESTAURANT));
    expect(unknownSize.code).toBe('ITEM_UNAVAILABLE');
    expect(unknownSize.details).toEqual([{ field: 'items[0].variant_id', message: 'This size of "Pizza" is not available' }]);
    const soldOut = failure(() => priceLines([line({ variant_id: 'large', modifier_ids: ['thin', 'truffle'] })], menu, RESTAURANT));
    expect(soldOut.code).toBe('ITEM_UNAVAILABLE');
    expect(soldOut.message).toBe('Item "Truffe" of "Pizza" is not available');
    expect(failure(() => priceLines([line({ variant_id: 'large', modifier_ids: ['thin', 'ketchup'] })], menu, RESTAURANT)).code).toBe('ITEM_UNAVAILABLE');
  });

  it("enforces each group's min_choices and max_choices", () => {
    const none = failure(() => priceLines([line({ variant_id: 'large' })], menu, RESTAURANT));
    expect(none.code).toBe('ITEM_CHOICES_INVALID');
    expect(none.message).toBe('"Pizza": choose at least 1 of Pâte');
    const twoCrusts = failure(() => priceLines([line({ variant_id: 'large', modifier_ids: ['thin', 'stuffed'] })], menu, RESTAURANT));
    expect(twoCrusts.message).toBe('"Pizza": choose at most 1 of Pâte');
    const threeExtras = failure(() => priceLines([line({ variant_id: 'large', modifier_ids: ['thin', 'cheese', 'egg', 'no-onion'] })], menu, RESTAURANT));
    expect(threeExtras.details).toEqual([{ field: 'items[0].modifier_ids', message: '"Pizza": choose at most 2 of Suppléments' }]);
  });

  it('refuses the same option twice', () => {
    expect(failure(() => priceLines([line({ variant_id: 'large', modifier_ids: ['thin', 'cheese', 'cheese'] })], menu, RESTAURANT)).code).toBe('ITEM_CHOICES_INVALID');
  });
});
