import { MenuItem } from './menu-item.entity';
import { toMenuItemChanged } from './menu.views';

const item = (over: Partial<MenuItem>): MenuItem =>
  ({
    id: 'i-1', restaurant_id: 'r-1', category_id: null, name: 'Vin de palme', price: 1500, currency: 'XAF',
    is_available: true, stock_quantity: null, deleted_at: null, availability_schedule: null, ...over,
  }) as MenuItem;

describe('toMenuItemChanged', () => {
  it('tells ordering a sold-out item is unavailable, whatever its toggle says', () => {
    expect(toMenuItemChanged(item({ stock_quantity: 0 })).is_available).toBe(false);
    expect(toMenuItemChanged(item({ stock_quantity: 2 })).is_available).toBe(true);
    expect(toMenuItemChanged(item({ stock_quantity: null })).is_available).toBe(true);
    expect(toMenuItemChanged(item({ stock_quantity: 5, is_available: false })).is_available).toBe(false);
  });
});
