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
      { menu_item_id: 'poulet', name: 'Poulet DG', quantity: 2, unit_price: 5000, total_price: 10000, notes: 'spicy' },
      { menu_item_id: 'ndole', name: 'Ndolé', quantity: 1, unit_price: 3500, total_price: 3500, notes: null },
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

