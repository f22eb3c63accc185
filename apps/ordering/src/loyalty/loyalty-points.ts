// The loyalty programme, as plain functions: what each movement is worth and what points buy.

/** Points are earned on orders in this currency only, and worth one unit of it each (100 points = 100 XAF). */
export const LOYALTY_CURRENCY = 'XAF';
/** 10 points per full 1000 XAF of an order's total_amount. */
export const ORDER_POINTS_PER_BLOCK = 10;
export const ORDER_BLOCK_AMOUNT = 1000;
export const REVIEW_POINTS = 50;
export const REFERRAL_POINTS = 500;
export const BIRTHDAY_POINTS = 1000;
/** A birthday bonus missed (the service was down that day) is still given within this many days. */
export const BIRTHDAY_GRACE_DAYS = 7;

/**
 * Points a completed order earns: 10 per full 1000 of its total (what the customer paid, after
 * discounts). Orders in another currency earn none: there is no exchange rate to price them in XAF,
 * and points are worth XAF.
 */
export function pointsForOrder(totalAmount: number, currency: string): number {
  if (currency !== LOYALTY_CURRENCY || !Number.isSafeInteger(totalAmount) || totalAmount <= 0) return 0;
  return Math.floor(totalAmount / ORDER_BLOCK_AMOUNT) * ORDER_POINTS_PER_BLOCK;
}

/** What a balance is worth as a discount: one XAF per point. */
export function worthOf(points: number): { currency: string; amount: number } {
  return { currency: LOYALTY_CURRENCY, amount: Math.max(0, points) };
}

/** How many points a discount of `amount` XAF costs (the inverse of worthOf). */
export function pointsForDiscount(amount: number): number {
  return Math.max(0, Math.ceil(amount));
}

export interface RedemptionOption {
  type: 'discount' | 'free_delivery';
  points: number;
  description: string;
  /** The discount it gives, when fixed (free delivery is worth the order's delivery fee). */
  value?: { currency: string; amount: number };
  available: boolean;
}

/** What points buy (a discount, free delivery), and whether the balance covers each. */
export function redemptionOptions(balance: number): RedemptionOption[] {
  return [
    { type: 'discount', points: 100, description: '100 points = 100 XAF off an order', value: worthOf(100), available: balance >= 100 },
    { type: 'free_delivery', points: 200, description: 'Free delivery on an order', available: balance >= 200 },
  ];
}

export const TIERS = [
  { name: 'bronze', from: 0 },
  { name: 'silver', from: 2_000 },
  { name: 'gold', from: 10_000 },
  { name: 'platinum', from: 50_000 },
] as const;
export type TierName = (typeof TIERS)[number]['name'];

/** The tier reached by every point ever earned (redemptions do not lower it), and the next one. */
export function tierFor(lifetimeEarned: number): { name: TierName; lifetime_points: number; next?: { name: TierName; points_needed: number } } {
  let index = 0;
  for (let i = 0; i < TIERS.length; i++) if (lifetimeEarned >= TIERS[i].from) index = i;
  const next = TIERS[index + 1];
  return {
    name: TIERS[index].name,
    lifetime_points: lifetimeEarned,
    ...(next ? { next: { name: next.name, points_needed: next.from - lifetimeEarned } } : {}),
  };
}

/** A calendar date, as the loyalty time zone sees it. */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

/** Today's date in a time zone (IANA name), e.g. Africa/Douala. */
export function calendarDayIn(timeZone: string, now: Date): CalendarDay {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: get('year'), month: get('month'), day: get('day') };
}

const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const mmdd = (month: number, day: number) => `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/**
 * The birthdays (as MM-DD) whose bonus is due on `today`: today's and those of the grace days before
 * it, within the same calendar year (the bonus is once per calendar year). In a year without
 * 29 February, those born on it celebrate on the 28th.
 */
export function birthdaysDue(today: CalendarDay, graceDays = BIRTHDAY_GRACE_DAYS): string[] {
  const due: string[] = [];
  const base = Date.UTC(today.year, today.month - 1, today.day);
  for (let back = 0; back < graceDays; back++) {
    const d = new Date(base - back * 86_400_000);
    if (d.getUTCFullYear() !== today.year) break;
    const [month, day] = [d.getUTCMonth() + 1, d.getUTCDate()];
    due.push(mmdd(month, day));
    if (month === 2 && day === 28 && !isLeap(today.year)) due.push('02-29');
  }
  return due;
}
