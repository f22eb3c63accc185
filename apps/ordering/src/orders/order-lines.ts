import { AvailabilityWindow, ErrorDetail, isWithinSchedule } from '@platter/contracts';
import { lineTotal } from './order-pricing';
import { OrderingException } from './ordering.exception';

/** Where the platform started (Cameroon): the time zone of a restaurant that never said. */
const DEFAULT_TIMEZONE = 'Africa/Douala';

export interface RequestedLine {
  menu_item_id: string;
  quantity: number;
  notes?: string | null;
}

/** What ordering's menu copy knows about an item. */
export interface MenuEntry {
  id: string;
  restaurant_id: string;
  name: string;
  price: number;
  currency: string;
  is_available: boolean;
  deleted: boolean;
  /** Local-time windows the item is sold in (breakfast until 11:00); null = whenever. */
  availability_schedule?: AvailabilityWindow[] | null;
}

export interface PricedLine {
  menu_item_id: string;
  name: string;
  quantity: number;
  unit_price: number;
  total_price: number;
  notes: string | null;
}

/**
 * Prices each requested line from the menu copy (never from the client). Every line must name an
 * item of this restaurant, sold in its currency, not deleted, available, and within its schedule
 * at `now` in the restaurant's time zone: else ITEM_UNAVAILABLE.
 */
export function priceLines(
  requested: RequestedLine[],
  menu: ReadonlyMap<string, MenuEntry>,
  restaurant: { id: string; currency: string; timezone?: string },
  now: Date = new Date(),
): PricedLine[] {
  const unavailable: string[] = [];
  const details: ErrorDetail[] = [];
  const lines: PricedLine[] = [];
  requested.forEach((line, index) => {
    const item = menu.get(line.menu_item_id);
    const orderable = item && item.restaurant_id === restaurant.id && item.currency === restaurant.currency && !item.deleted && item.is_available;
    if (!orderable) {
      const what = item ? `"${item.name}"` : line.menu_item_id;
      unavailable.push(what);
      details.push({ field: `items[${index}].menu_item_id`, message: `Item ${what} is not available` });
      return;
    }
    if (!isWithinSchedule(item.availability_schedule, now, restaurant.timezone ?? DEFAULT_TIMEZONE)) {
      unavailable.push(`"${item.name}"`);
      details.push({ field: `items[${index}].menu_item_id`, message: `Item "${item.name}" is not served at this time` });
      return;
    }
    lines.push({
      menu_item_id: item.id,
      name: item.name,
      quantity: line.quantity,
      unit_price: item.price,
      total_price: lineTotal(item.price, line.quantity),
      notes: line.notes ?? null,
    });
  });
  if (unavailable.length) {
    const message = unavailable.length === 1 ? `Item ${unavailable[0]} is not available` : `Items ${unavailable.join(', ')} are not available`;
    throw new OrderingException('ITEM_UNAVAILABLE', message, details);
  }
  return lines;
}
