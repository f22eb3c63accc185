import { isWithinSchedule } from '@platter/contracts';
import type { PublicMenuCategory, PublicMenuItem, PublicMenuView } from '@platter/contracts';

/**
 * The menu as it stands at `date`: items outside their schedule left out, an item's own schedule
 * winning over its category's (as ordering decides what it accepts), and categories that are out
 * of hours and have nothing left to show. Applied after the cache, so a cached menu follows the
 * clock (breakfast disappears at 11:00 by itself).
 */
export function menuAt(menu: PublicMenuView, timezone: string, date: Date): PublicMenuView {
  const open = (schedule: PublicMenuItem['availability_schedule']) => isWithinSchedule(schedule, date, timezone);
  const items = (list: PublicMenuItem[], categorySchedule: PublicMenuItem['availability_schedule'] = null) =>
    list.filter((i) => open(i.availability_schedule ?? categorySchedule));
  const categories: PublicMenuCategory[] = menu.categories
    .map((c) => ({ ...c, items: items(c.items, c.availability_schedule) }))
    .filter((c) => c.items.length > 0 || open(c.availability_schedule));
  return { ...menu, categories, uncategorized: items(menu.uncategorized) };
}
