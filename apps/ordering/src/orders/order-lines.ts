import { AvailabilityWindow, ErrorDetail, isWithinSchedule } from '@platter/contracts';
import { lineTotal } from './order-pricing';
import { OrderingException } from './ordering.exception';

/** Where the platform started (Cameroon): the time zone of a restaurant that never said. */
const DEFAULT_TIMEZONE = 'Africa/Douala';

export interface RequestedLine {
  menu_item_id: string;
  quantity: number;
  notes?: string | null;
  /** One of the item's variants (required when it has any). */
  variant_id?: string | null;
  /** Chosen modifier options, each group's min/max respected. */
  modifier_ids?: string[] | null;
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
  /** Sizes with absolute prices: when there are any, a line must choose one and is priced at it. */
  variants?: ReadonlyArray<{ id: string; name: string; price: number }>;
  modifier_groups?: ReadonlyArray<{
    id: string;
    name: string;
    min_choices: number;
    max_choices: number;
    options: ReadonlyArray<{ id: string; name: string; price_delta: number; is_available: boolean }>;
  }>;
}

/** A modifier option chosen on a line, with what it added to the unit price (may be negative). */
export interface ChosenModifier {
  id: string;
  name: string;
  price_delta: number;
}

export interface PricedLine {
  menu_item_id: string;
  name: string;
  quantity: number;
  /** The variant's price (else the item's) plus the chosen modifiers' deltas, never below 0. */
  unit_price: number;
  total_price: number;
  notes: string | null;
  variant_id: string | null;
  variant_name: string | null;
  modifiers: ChosenModifier[];
}

/**
 * Prices each requested line from the menu copy (never from the client). Every line must name an
 * item of this restaurant, sold in its currency, not deleted, available, and within its schedule
 * at `now` in the restaurant's time zone: else ITEM_UNAVAILABLE. An item with variants needs one
 * of them (its price replaces the item's); modifier options must be the item's own, available, and
 * each group's choices between min_choices and max_choices (else ITEM_UNAVAILABLE for an unknown or
 * sold-out variant or option, ITEM_CHOICES_INVALID for a missing variant or a wrong count).
 */
export function priceLines(
  requested: RequestedLine[],
  menu: ReadonlyMap<string, MenuEntry>,
  restaurant: { id: string; currency: string; timezone?: string },
  now: Date = new Date(),
): PricedLine[] {
  const unavailable: string[] = [];
  const details: ErrorDetail[] = [];
  const choiceProblems: ErrorDetail[] = [];
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
    const choice = chooseOptions(item, line, index);
    if ('unavailable' in choice) {
      unavailable.push(choice.unavailable);
      details.push(...choice.details);
      return;
    }
    if ('problems' in choice) {
      choiceProblems.push(...choice.problems);
      return;
    }
    const unitPrice = Math.max(0, choice.basePrice + choice.modifiers.reduce((sum, m) => sum + m.price_delta, 0));
    lines.push({
      menu_item_id: item.id,
      name: item.name,
      quantity: line.quantity,
      unit_price: unitPrice,
      total_price: lineTotal(unitPrice, line.quantity),
      notes: line.notes ?? null,
      variant_id: choice.variant?.id ?? null,
      variant_name: choice.variant?.name ?? null,
      modifiers: choice.modifiers,
    });
  });
  if (unavailable.length) {
    const message = unavailable.length === 1 ? `Item ${unavailable[0]} is not available` : `Items ${unavailable.join(', ')} are not available`;
    throw new OrderingException('ITEM_UNAVAILABLE', message, details);
  }
  if (choiceProblems.length) {
    throw new OrderingException('ITEM_CHOICES_INVALID', choiceProblems.map((p) => p.message).join('; '), choiceProblems);
  }
  return lines;
}

type Choice =
  | { basePrice: number; variant: { id: string; name: string } | null; modifiers: ChosenModifier[] }
  | { unavailable: string; details: ErrorDetail[] }
  | { problems: ErrorDetail[] };

/** The line's variant and modifier options, checked against the item's. */
function chooseOptions(item: MenuEntry, line: RequestedLine, index: number): Choice {
  const at = `items[${index}]`;
  const variants = item.variants ?? [];
  const groups = item.modifier_groups ?? [];
  const problems: ErrorDetail[] = [];

  let variant: { id: string; name: string; price: number } | null = null;
  if (line.variant_id) {
    variant = variants.find((v) => v.id === line.variant_id) ?? null;
    if (!variant) {
      return { unavailable: `"${item.name}" (this size)`, details: [{ field: `${at}.variant_id`, message: `This size of "${item.name}" is not available` }] };
    }
  } else if (variants.length) {
    problems.push({ field: `${at}.variant_id`, message: `"${item.name}" needs a size: one of ${variants.map((v) => v.name).join(', ')}` });
  }

  const ids = line.modifier_ids ?? [];
  const modifiers: ChosenModifier[] = [];
  const chosenPerGroup = new Map<string, number>();
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) {
      problems.push({ field: `${at}.modifier_ids`, message: `An option of "${item.name}" is chosen twice` });
      continue;
    }
    seen.add(id);
    const group = groups.find((g) => g.options.some((o) => o.id === id));
    const option = group?.options.find((o) => o.id === id);
    if (!group || !option || !option.is_available) {
      const what = option ? `"${option.name}"` : 'an option';
      return { unavailable: `${what} of "${item.name}"`, details: [{ field: `${at}.modifier_ids`, message: `Option ${what} of "${item.name}" is not available` }] };
    }
    chosenPerGroup.set(group.id, (chosenPerGroup.get(group.id) ?? 0) + 1);
    modifiers.push({ id: option.id, name: option.name, price_delta: option.price_delta });
  }
  for (const group of groups) {
    const chosen = chosenPerGroup.get(group.id) ?? 0;
    if (chosen < group.min_choices) {
      problems.push({ field: `${at}.modifier_ids`, message: `"${item.name}": choose at least ${group.min_choices} of ${group.name}` });
    } else if (group.max_choices > 0 && chosen > group.max_choices) {
      problems.push({ field: `${at}.modifier_ids`, message: `"${item.name}": choose at most ${group.max_choices} of ${group.name}` });
    }
  }
  if (problems.length) return { problems };
  return { basePrice: variant ? variant.price : item.price, variant: variant ? { id: variant.id, name: variant.name } : null, modifiers };
}
