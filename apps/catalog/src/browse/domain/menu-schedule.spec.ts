import type { PublicMenuItem, PublicMenuView } from '@platter/contracts';
import { menuAt } from './menu-schedule';

// Douala is UTC+1 all year: 2026-11-23 is a Monday.
const mondayAt = (hhmm: string) => new Date(`2026-11-23T${hhmm}:00+01:00`);
const breakfast = [{ days: ['mon' as const, 'tue' as const], from: '06:00', to: '11:00' }];

describe('menuAt', () => {
  const item = (name: string, schedule: PublicMenuItem['availability_schedule'] = null): PublicMenuItem => ({
    id: name, category_id: null, name, description: null, price: 100, currency: 'XAF', images: [], allergens: [], dietary_tags: [],
    prep_time_minutes: null, availability_schedule: schedule, variants: [], modifier_groups: [],
  });
  const menu = {
    language: null,
    categories: [
      { id: 'b', name: 'Petit-déjeuner', position: 0, availability_schedule: breakfast, items: [item('Beignets')] },
      { id: 'm', name: 'Plats', position: 1, availability_schedule: null, items: [item('Ndolé'), item('Omelette', breakfast)] },
    ],
    uncategorized: [item('Café', breakfast), item('Eau')],
  } as unknown as PublicMenuView;

  it('leaves out categories and items outside their schedules', () => {
    const noon = menuAt(menu, 'Africa/Douala', mondayAt('12:00'));
    expect(noon.categories.map((c) => [c.name, c.items.map((i) => i.name)])).toEqual([['Plats', ['Ndolé']]]);
    expect(noon.uncategorized.map((i) => i.name)).toEqual(['Eau']);
    const morning = menuAt(menu, 'Africa/Douala', mondayAt('07:00'));
    expect(morning.categories.map((c) => [c.name, c.items.map((i) => i.name)])).toEqual([['Petit-déjeuner', ['Beignets']], ['Plats', ['Ndolé', 'Omelette']]]);
    expect(morning.uncategorized.map((i) => i.name)).toEqual(['Café', 'Eau']);
  });

  it("lets an item's own schedule win over its category's, as ordering does", () => {
    const allDay = [{ days: ['mon' as const], from: '00:00', to: '23:59' }];
    const withException = {
      ...menu,
      categories: [{ id: 'b', name: 'Petit-déjeuner', position: 0, availability_schedule: breakfast, items: [item('Beignets'), item('Jus de bissap', allDay)] }],
    } as unknown as PublicMenuView;
    const noon = menuAt(withException, 'Africa/Douala', mondayAt('12:00'));
    expect(noon.categories.map((c) => [c.name, c.items.map((i) => i.name)])).toEqual([['Petit-déjeuner', ['Jus de bissap']]]);
  });
});
