import type { AvailabilityWindow, ErrorDetail } from '@platter/contracts';

// Menu rules class-validator cannot express (they relate fields to each other). Pure: no Nest, no I/O.

export interface ModifierGroupShape {
  name: string;
  min_choices: number;
  max_choices: number;
  options: ReadonlyArray<{ name: string }>;
}

/** min ≤ max, max ≤ the number of options, at least one option, option names unique within a group. */
export function modifierGroupErrors(groups: readonly ModifierGroupShape[], field = 'modifier_groups'): ErrorDetail[] {
  const errors: ErrorDetail[] = [];
  errors.push(...duplicateNameErrors(groups, field, 'modifier group'));
  groups.forEach((group, index) => {
    const at = `${field}.${index}`;
    if (group.options.length === 0) errors.push({ field: `${at}.options`, message: 'a modifier group needs at least one option' });
    if (group.min_choices > group.max_choices) {
      errors.push({ field: `${at}.min_choices`, message: 'min_choices must not exceed max_choices' });
    }
    if (group.max_choices > group.options.length) {
      errors.push({ field: `${at}.max_choices`, message: `max_choices must not exceed the number of options (${group.options.length})` });
    }
    if (group.max_choices < 1) errors.push({ field: `${at}.max_choices`, message: 'max_choices must be at least 1' });
    errors.push(...duplicateNameErrors(group.options, `${at}.options`, 'option'));
  });
  return errors;
}

/** Variant names are unique within an item (prices are checked ≥ 0 by the request's validators). */
export function variantErrors(variants: ReadonlyArray<{ name: string }>, field = 'variants'): ErrorDetail[] {
  return duplicateNameErrors(variants, field, 'variant');
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Each window names at least one weekday and runs from an HH:MM to a later HH:MM the same day. */
export function scheduleErrors(windows: readonly AvailabilityWindow[], field = 'availability_schedule'): ErrorDetail[] {
  const errors: ErrorDetail[] = [];
  windows.forEach((window, index) => {
    const at = `${field}.${index}`;
    if (window.days.length === 0) errors.push({ field: `${at}.days`, message: 'a window needs at least one day' });
    if (!TIME.test(window.from)) errors.push({ field: `${at}.from`, message: 'from must be HH:MM' });
    if (!TIME.test(window.to)) errors.push({ field: `${at}.to`, message: 'to must be HH:MM' });
    if (TIME.test(window.from) && TIME.test(window.to) && window.from >= window.to) {
      errors.push({ field: `${at}.to`, message: 'to must be later than from (split a window that crosses midnight in two)' });
    }
  });
  return errors;
}

/** A price moved by `percent` (e.g. 10 = +10 %, -5 = -5 %), rounded to the minor unit; null when it would go negative. */
export function priceAfterPercent(price: number, percent: number): number | null {
  // In integers (percent to the hundredth), halves rounded up: floats would turn 1000.5 into 1000.
  const scaled = BigInt(price) * BigInt(10_000 + Math.round(percent * 100));
  if (scaled < 0n) return null;
  return Number((scaled * 2n + 10_000n) / 20_000n);
}

function duplicateNameErrors(rows: ReadonlyArray<{ name: string }>, field: string, what: string): ErrorDetail[] {
  const seen = new Set<string>();
  const errors: ErrorDetail[] = [];
  rows.forEach((row, index) => {
    const key = row.name.trim().toLowerCase();
    if (seen.has(key)) errors.push({ field: `${field}.${index}.name`, message: `${what} "${row.name}" appears twice` });
    seen.add(key);
  });
  return errors;
}

/** Every cross-field rule of one item's details, fields prefixed with `field` (e.g. "categories[0].items[2]"). */
export function itemDetailErrors(
  item: { variants?: ReadonlyArray<{ name: string }>; modifier_groups?: readonly ModifierGroupShape[]; availability_schedule?: readonly AvailabilityWindow[] | null },
  field = '',
): ErrorDetail[] {
  const at = (name: string) => (field ? `${field}.${name}` : name);
  return [
    ...variantErrors(item.variants ?? [], at('variants')),
    ...modifierGroupErrors(item.modifier_groups ?? [], at('modifier_groups')),
    ...scheduleErrors(item.availability_schedule ?? [], at('availability_schedule')),
  ];
}

/** A bulk price request names exactly one way to price: a list of prices, or a percentage (on one selection). */
export function bulkPriceShapeErrors(request: { prices?: unknown[]; percent?: number; item_ids?: unknown[]; category_id?: string }): ErrorDetail[] {
  if (request.prices && request.percent !== undefined) return [{ field: 'percent', message: 'give either prices or percent, not both' }];
  if (!request.prices && request.percent === undefined) return [{ field: 'prices', message: 'give prices or percent' }];
  if (request.prices && (request.item_ids || request.category_id)) {
    return [{ field: 'item_ids', message: 'item_ids and category_id select items for percent only' }];
  }
  if (request.item_ids && request.category_id) return [{ field: 'category_id', message: 'give item_ids or category_id, not both' }];
  return [];
}

/**
 * Every cross-field error of an import document, row by row (`categories.1.items.0.variants.2.name`):
 * the import is refused whole when there is any.
 */
export function importErrors(document: {
  categories: ReadonlyArray<{ name: string; availability_schedule?: readonly AvailabilityWindow[] | null; items: ReadonlyArray<Parameters<typeof itemDetailErrors>[0] & { name: string }> }>;
}): ErrorDetail[] {
  const errors = duplicateNameErrors(document.categories, 'categories', 'category');
  document.categories.forEach((category, c) => {
    errors.push(...scheduleErrors(category.availability_schedule ?? [], `categories.${c}.availability_schedule`));
    errors.push(...duplicateNameErrors(category.items, `categories.${c}.items`, 'item'));
    category.items.forEach((item, i) => errors.push(...itemDetailErrors(item, `categories.${c}.items.${i}`)));
  });
  return errors;
}
