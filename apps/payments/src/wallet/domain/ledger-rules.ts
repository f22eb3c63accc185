/**
 * The platform's books: every movement of money is a transaction of entries on accounts whose
 * amounts sum to zero, so the sum of every balance is always zero and nothing appears or vanishes.
 * Balances mean "what the platform holds for this party" (a customer's wallet, what a restaurant or
 * a driver is owed); the platform's own accounts (escrow, revenue, provider clearing) mirror them.
 */
export const ACCOUNT_KINDS = [
  /** A customer's wallet (owner: user id). Never below zero. */
  'customer_wallet',
  /** What the platform owes a restaurant (owner: restaurant id); negative when the restaurant holds cash it owes fees on. */
  'restaurant_payable',
  /** What the platform owes a driver (owner: driver id): delivery earnings minus payouts. Never below zero. */
  'driver_payable',
  /** Cash a driver collected for the platform (owner: driver id): negative while the driver holds it. */
  'driver_cash',
  /** Money a provider took in for us and has not paid out (owner: provider name); negative = the provider holds it. */
  'provider_clearing',
  /** Money paid for orders not yet settled (owner ''). */
  'order_escrow',
  /** The platform's commissions, service fees and delivery-fee margins (owner ''). */
  'platform_revenue',
  /** Refunds the platform bears after an order was settled, and goodwill credits (owner ''). */
  'platform_expense',
  /** Payouts on their way to restaurants and drivers (owner ''). */
  'payouts_clearing',
] as const;
export type AccountKind = (typeof ACCOUNT_KINDS)[number];

/** Accounts whose balance can never go below zero, whatever the posting. */
export const GUARDED_KINDS: readonly AccountKind[] = ['customer_wallet', 'driver_payable'];

export interface AccountKey {
  kind: AccountKind;
  /** User, restaurant or driver id, a provider's name, or '' for the platform's own accounts. */
  owner: string;
  currency: string;
}

export interface LedgerLine {
  account: AccountKey;
  /** Minor units; positive adds to the account's balance, negative takes from it. */
  amount: number;
}

export function accountLabel(a: AccountKey): string {
  return `${a.kind}:${a.owner}:${a.currency}`;
}

/**
 * Checks a posting and merges its lines per account: integers only, one currency, a sum of zero,
 * at least two accounts touched. Throws on a broken posting: that is a bug in the caller, never input.
 */
export function balancedLines(lines: LedgerLine[]): LedgerLine[] {
  if (!lines.length) throw new Error('a ledger transaction needs entries');
  const currency = lines[0].account.currency;
  const merged = new Map<string, LedgerLine>();
  for (const line of lines) {
    if (!Number.isSafeInteger(line.amount)) throw new Error(`ledger amounts are integers in minor units, got ${line.amount}`);
    if (line.account.currency !== currency) throw new Error('a ledger transaction moves one currency');
    if (!ACCOUNT_KINDS.includes(line.account.kind)) throw new Error(`unknown account kind ${line.account.kind}`);
    const key = accountLabel(line.account);
    const prior = merged.get(key);
    merged.set(key, { account: line.account, amount: (prior?.amount ?? 0) + line.amount });
  }
  const result = [...merged.values()].filter((l) => l.amount !== 0);
  const sum = result.reduce((s, l) => s + l.amount, 0);
  if (sum !== 0) throw new Error(`ledger transaction does not balance (sum ${sum})`);
  if (result.length < 2) throw new Error('a ledger transaction moves money between at least two accounts');
  return result;
}

/** Platform-owned accounts have no owner. */
export const platform = (kind: AccountKind, currency: string): AccountKey => ({ kind, owner: '', currency });
export const wallet = (customerId: string, currency: string): AccountKey => ({ kind: 'customer_wallet', owner: customerId, currency });
export const clearing = (provider: string, currency: string): AccountKey => ({ kind: 'provider_clearing', owner: provider, currency });
