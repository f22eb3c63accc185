import { PaymentMethod } from '../events';

/**
 * pending: waiting for the payer to start (online methods); awaiting_collection: cash, taken at the
 * door or counter; processing: the provider has the request; succeeded: money captured (refunds are
 * counted in amount_refunded); failed: this attempt is over; cancelled: the order went before any money came.
 */
export type PaymentStatus = 'pending' | 'awaiting_collection' | 'processing' | 'succeeded' | 'failed' | 'cancelled';

export interface ListPaymentsData {
  order_id?: string;
}

export interface PaymentView {
  id: string;
  /** Null for a wallet top-up. */
  order_id: string | null;
  restaurant_id: string | null;
  customer_id: string | null;
  method: PaymentMethod;
  /** Who moves the money: the payment method's provider, or 'cash' collected by hand. */
  provider: string;
  /** In the currency's minor unit (XAF has none). */
  amount: number;
  currency: string;
  status: PaymentStatus;
  created_at: string;
  updated_at: string;
}

// ---- Provider checkout and webhooks ----

export const MOBILE_MONEY_METHODS = ['campay', 'noupay'] as const;
export type MobileMoneyMethod = (typeof MOBILE_MONEY_METHODS)[number];
export const TOPUP_METHODS = ['campay', 'noupay', 'stripe', 'paymob'] as const;
export type TopupMethod = (typeof TOPUP_METHODS)[number];

/** POST /payments/{campay,noupay}/initiate: push the order's payment to a phone (the payer's by default). */
export interface InitiateMobileMoneyData {
  provider: MobileMoneyMethod;
  order_id: string;
  /** E.164 or a national Cameroonian number; defaults to the order's payer phone. */
  phone?: string;
  idempotency_key?: string;
}

/** POST /payments/stripe/create-intent and POST /payments/paymob/initiate. */
export interface CardCheckoutData {
  order_id: string;
  idempotency_key?: string;
}

/** POST /client/wallet/topup: amount in minor units, through a provider. */
export interface WalletTopupData {
  amount: number;
  method: TopupMethod;
  phone?: string;
  currency?: string;
  idempotency_key?: string;
}

/** What the payer needs to go on paying, whichever the provider. */
export interface CheckoutView {
  payment_id: string;
  /** Null for a wallet top-up. */
  order_id: string | null;
  purpose: 'order' | 'wallet_topup';
  method: PaymentMethod;
  /** Who has the attempt now (mobile money may have fallen back to the backup provider). */
  provider: string;
  status: PaymentStatus;
  amount: number;
  currency: string;
  /** Our reference of the attempt (the provider echoes it). */
  reference: string;
  provider_reference: string | null;
  /** Mobile money: the number the prompt went to, the USSD code to dial if none appears, the operator. */
  phone?: string | null;
  ussd_code?: string | null;
  operator?: string | null;
  /** Stripe: confirm the PaymentIntent client-side with these. */
  client_secret?: string | null;
  payment_intent_id?: string | null;
  publishable_key?: string | null;
  /** Paymob: the card iframe to open. */
  iframe_url?: string | null;
}

/** A provider's webhook as the gateway received it: the exact bytes (signatures cover them), a few headers, the query. */
export interface ProviderWebhookData {
  provider: string;
  raw_body: string;
  headers: Record<string, string>;
  query: Record<string, string>;
}

export interface ProviderWebhookAnswer {
  received: true;
  /** The same provider event came before: nothing was done again. */
  duplicate: boolean;
  outcome: string;
}

// ---- Money: wallets, settlement, earnings, payouts, reports. Minor units throughout. ----

export interface WalletEntryView {
  id: string;
  /** Positive: money in; negative: money out. */
  amount: number;
  balance_after: number;
  /** wallet_topup, wallet_charge, refund, credit, ... */
  kind: string;
  description: string | null;
  reference_type: string | null;
  reference_id: string | null;
  created_at: string;
}

export interface WalletView {
  user_id: string;
  balance: number;
  currency: string;
  recent_entries: WalletEntryView[];
}

export interface WalletQuery {
  currency?: string;
}

export interface WalletEntriesQuery extends WalletQuery {
  page?: number;
  limit?: number;
}

/** GET /admin/wallets/:user_id: the customer from the path, the currency from the query. */
export interface AdminWalletQuery extends WalletQuery {
  user_id: string;
}

export interface ChargeWalletData {
  order_id: string;
}

export interface AdminCreditWalletData {
  user_id: string;
  amount: number;
  currency?: string;
  reason: string;
  /** From the Idempotency-Key header. */
  idempotency_key?: string;
}

export interface WalletCreditView {
  transaction_id: string;
  user_id: string;
  amount: number;
  balance: number;
  currency: string;
  reason: string;
}

export interface DriverEarningView {
  order_id: string;
  order_number: string;
  delivery_fee: number;
  amount: number;
  cash_collected: number;
  currency: string;
  earned_at: string;
}

export interface DriverEarningsSummary {
  currency: string;
  today: number;
  week: number;
  month: number;
  total: number;
  deliveries: number;
  /** What the driver may ask to be paid: earnings not paid out, less cash they hold for the platform. */
  available_balance: number;
  cash_held: number;
  pending_payouts: number;
}

export type PayoutStatus = 'pending' | 'paid' | 'failed';

export interface PayoutView {
  id: string;
  payee_type: 'restaurant' | 'driver';
  payee_id: string;
  amount: number;
  currency: string;
  status: PayoutStatus;
  phone: string | null;
  reference: string | null;
  failure_reason: string | null;
  records_count: number;
  created_at: string;
  decided_at: string | null;
}

export interface RequestDriverPayoutData {
  amount: number;
  phone?: string;
  currency?: string;
  /** From the Idempotency-Key header. */
  idempotency_key?: string;
}

export interface RunPayoutsData {
  /** ISO 8601; records due up to then are paid out (default now). */
  as_of?: string;
}

export interface SetPayoutStatusData {
  id: string;
  status: 'paid' | 'failed';
  reference?: string;
  reason?: string;
}

/** A driver's own payouts. */
export interface MyPayoutsQuery {
  page?: number;
  limit?: number;
  status?: PayoutStatus;
}

export interface PayoutsQuery extends MyPayoutsQuery {
  payee_type?: 'restaurant' | 'driver';
  payee_id?: string;
  from?: string;
  to?: string;
}

export interface CommissionRecordView {
  id: string;
  order_id: string;
  order_number: string;
  restaurant_id: string;
  /** The commission base: food subtotal after discounts, without tax, delivery and service fees. */
  order_total: number;
  commission_rate: number;
  platform_fee: number;
  restaurant_share: number;
  tax_amount: number;
  service_fee: number;
  delivery_fee: number;
  amount_paid: number;
  payment_method: string;
  collected_by: 'platform' | 'driver' | 'restaurant';
  restaurant_net: number;
  status: 'pending' | 'calculated' | 'processed' | 'paid';
  currency: string;
  due_date: string;
  completed_at: string;
  payout_id: string | null;
}

export interface CommissionsReportQuery {
  from?: string;
  to?: string;
  restaurant_id?: string;
  page?: number;
  limit?: number;
}

/** Not a plain page: the gateway returns records, totals and pagination together in `data`. */
export interface CommissionsReport {
  records: CommissionRecordView[];
  pagination: { page: number; limit: number; total: number; totalPages: number };
  /** Per currency, over every record matching the filters (not only this page). */
  totals: Array<{ currency: string; orders: number; order_total: number; platform_fee: number; restaurant_share: number }>;
}

export interface PayoutsReport {
  payouts: PayoutView[];
  pagination: { page: number; limit: number; total: number; totalPages: number };
  totals: Array<{ currency: string; status: PayoutStatus; payee_type: 'restaurant' | 'driver'; count: number; amount: number }>;
}
