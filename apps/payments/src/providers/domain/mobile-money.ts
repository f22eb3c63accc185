/** What the payments side needs from a mobile-money provider (CamPay, NouPay): push, ask, pay back. */
export interface MobileMoneyCollectRequest {
  /** Minor units (XAF has none). */
  amount: number;
  currency: string;
  /** E.164, e.g. +237670000000. */
  phone: string;
  description: string;
  /** Ours, unique per attempt: the provider echoes it in webhooks and status answers. */
  externalReference: string;
}

export interface MobileMoneyCollectResult {
  /** The provider's id of the collection. */
  reference: string;
  /** What the payer dials if no prompt appears (CamPay). */
  ussdCode: string | null;
  operator: string | null;
}

export type ProviderTransactionStatus = 'pending' | 'succeeded' | 'failed';

export interface ProviderStatusAnswer {
  status: ProviderTransactionStatus;
  /** Minor units, when the provider says. */
  amount: number | null;
  reason: string | null;
}

export type MobileMoneyPayoutRequest = MobileMoneyCollectRequest;

export interface MobileMoneyPayoutResult {
  reference: string | null;
  status: ProviderTransactionStatus;
  reason: string | null;
}

export interface MobileMoneyClient {
  readonly name: 'campay' | 'noupay';
  /** Credentials are set; an unconfigured provider is skipped like an unavailable one. */
  readonly configured: boolean;
  collect(request: MobileMoneyCollectRequest): Promise<MobileMoneyCollectResult>;
  status(reference: string): Promise<ProviderStatusAnswer>;
  /** Pays the number back (a refund: neither CamPay nor NouPay reverses a collection). */
  payout(request: MobileMoneyPayoutRequest): Promise<MobileMoneyPayoutResult>;
}

/** Parses a provider's amount (CamPay sends strings like "5000" or "5000.00") into minor units, or null. */
export function amountOf(value: unknown): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return Math.round(value);
  if (typeof value === 'string' && /^\d+(\.\d+)?$/.test(value.trim())) return Math.round(Number(value.trim()));
  return null;
}
