// Medium tests only: payments' money features, built by Nest from payments' own feature modules over a throwaway schema.
import { randomUUID } from 'node:crypto';
import { OrderCompleted, OrderCreated } from '@platter/contracts';
import { ThrowawaySchema, createFeatureTestingModule, createThrowawaySchema } from '@platter/testing';
import { paymentsMigrations } from '../../migrations';
import { PaymentsConfig } from '../../payments.config';
import { paymentsEntities } from '../../payments.module';
import { CommissionsModule } from '../../commissions/commissions.module';
import { SettleOrderService } from '../../commissions/commands/settle-order/settle-order.service';
import { EarningsModule } from '../../earnings/earnings.module';
import { DriverEarningsService } from '../../earnings/queries/driver-earnings/driver-earnings.service';
import { ChargeWalletService } from '../../payments/commands/charge-wallet/charge-wallet.service';
import { OpenPaymentService } from '../../payments/commands/open-payment/open-payment.service';
import { PaymentOutcomes } from '../../payments/payment-outcomes';
import { PaymentRepository } from '../../payments/payment.repository';
import { PaymentsModule } from '../../payments/payments.module';
import { PayoutsModule } from '../../payouts/payouts.module';
import { PayoutsService } from '../../payouts/payouts.service';
import { ProviderRefundRequest, ProviderRefundResult, ProviderRefunds } from '../../providers/provider-refunds.port';
import { ProvidersModule } from '../../providers/providers.module';
import { RefundDispatcher } from '../../providers/refunds/refund-dispatcher';
import { RefundCancelledOrderService } from '../../refunds/commands/refund-cancelled-order/refund-cancelled-order.service';
import { RefundOnRequestService } from '../../refunds/commands/refund-on-request/refund-on-request.service';
import { RefundIssuer } from '../../refunds/refund-issuer';
import { RefundWakeups } from '../../refunds/refund-wakeups';
import { RefundsModule } from '../../refunds/refunds.module';
import { MoneyReportsService } from '../../reports/queries/money-reports/money-reports.service';
import { ReportsModule } from '../../reports/reports.module';
import { Ledger } from '../ledger';
import { WalletBook } from '../wallet-book';
import { WalletModule } from '../wallet.module';

/** A stand-in for the providers' refunds: answers what the test says and remembers every call. */
export class ScriptedProviderRefunds extends ProviderRefunds {
  calls: ProviderRefundRequest[] = [];
  answer: (req: ProviderRefundRequest) => Promise<ProviderRefundResult> = async (req) => ({ status: 'succeeded', reference: `rf_${req.idempotencyKey}` });

  refund(request: ProviderRefundRequest): Promise<ProviderRefundResult> {
    this.calls.push(request);
    return this.answer(request);
  }
}

export interface MoneyHarness {
  db: ThrowawaySchema;
  config: PaymentsConfig;
  ledger: Ledger;
  payments: PaymentRepository;
  outcomes: PaymentOutcomes;
  issuer: RefundIssuer;
  wakeups: RefundWakeups;
  openPayment: OpenPaymentService;
  chargeWallet: ChargeWalletService;
  wallets: WalletBook;
  cancelled: RefundCancelledOrderService;
  refundRequests: RefundOnRequestService;
  providerRefunds: ScriptedProviderRefunds;
  dispatcher: RefundDispatcher;
  settlement: SettleOrderService;
  payouts: PayoutsService;
  earnings: DriverEarningsService;
  reports: MoneyReportsService;
  /** Events written to the outbox, oldest first, optionally of one type. */
  events(type?: string): Promise<Array<{ type: string; payload: Record<string, unknown> }>>;
  /** Sum of the account's entries next to its balance column. */
  walletBooks(userId: string, currency?: string): Promise<{ balance: number; entries: number }>;
  /** Every account's balance summed (zero, always) and every account's balance vs. its entries. */
  bookIntegrity(): Promise<{ total: number; mismatched: number }>;
}

export async function moneyHarness(): Promise<MoneyHarness> {
  const db = await createThrowawaySchema('payments', { entities: paymentsEntities, migrations: paymentsMigrations });
  const config = Object.assign(new PaymentsConfig(), {
    PAYOUT_CYCLE_DAYS: 7,
    DRIVER_DELIVERY_FEE_SHARE_BPS: 10000,
    PAYOUT_RUN_INTERVAL_MINUTES: 0,
    REFUND_RETRY_INTERVAL_MS: 1000,
    REFUND_MAX_ATTEMPTS: 3,
    EARNINGS_TIME_ZONE: 'Africa/Douala',
    WALLET_DEFAULT_CURRENCY: 'XAF',
  });
  const providerRefunds = new ScriptedProviderRefunds();
  // Payments' own feature modules, as paymentsModule() imports them; the providers' refunds are the port replaced.
  const bed = await createFeatureTestingModule({
    service: 'payments',
    database: db,
    imports: [PaymentsModule, ProvidersModule, WalletModule, RefundsModule, CommissionsModule, PayoutsModule, EarningsModule, ReportsModule],
    config,
    overrides: [{ provide: ProviderRefunds, useValue: providerRefunds }],
  });
  const get = bed.get;
  return {
    db,
    config,
    ledger: get(Ledger),
    payments: get(PaymentRepository),
    outcomes: get(PaymentOutcomes),
    issuer: get(RefundIssuer),
    wakeups: get(RefundWakeups),
    openPayment: get(OpenPaymentService),
    chargeWallet: get(ChargeWalletService),
    wallets: get(WalletBook),
    cancelled: get(RefundCancelledOrderService),
    refundRequests: get(RefundOnRequestService),
    providerRefunds,
    dispatcher: get(RefundDispatcher),
    settlement: get(SettleOrderService),
    payouts: get(PayoutsService),
    earnings: get(DriverEarningsService),
    reports: get(MoneyReportsService),
    async events(type?: string) {
      const rows = await db.dataSource.query(`SELECT routing_key, envelope FROM outbox ORDER BY seq`);
      return rows
        .map((r: { routing_key: string; envelope: string | { payload: Record<string, unknown> } }) => ({
          type: r.routing_key,
          payload: (typeof r.envelope === 'string' ? JSON.parse(r.envelope) : r.envelope).payload,
        }))
        .filter((e: { type: string }) => !type || e.type === type);
    },
    async walletBooks(userId: string, currency = 'XAF') {
      const [row] = await db.dataSource.query(
        `SELECT a.balance, COALESCE((SELECT SUM(amount) FROM ledger_entries e WHERE e.account_id = a.id), 0) AS entries
           FROM ledger_accounts a WHERE kind = 'customer_wallet' AND owner = $1 AND currency = $2`,
        [userId, currency],
      );
      return { balance: Number(row?.balance ?? 0), entries: Number(row?.entries ?? 0) };
    },
    async bookIntegrity() {
      const [row] = await db.dataSource.query(
        `SELECT COALESCE(SUM(balance), 0) AS total,
                count(*) FILTER (WHERE balance <> COALESCE((SELECT SUM(amount) FROM ledger_entries e WHERE e.account_id = a.id), 0)) AS mismatched
           FROM ledger_accounts a`,
      );
      return { total: Number(row.total), mismatched: Number(row.mismatched) };
    },
  };
}

export function orderCreated(over: Partial<OrderCreated> = {}): OrderCreated {
  return {
    order_id: randomUUID(),
    order_number: `ORD-${Math.floor(Math.random() * 1e6)}`,
    restaurant_id: randomUUID(),
    restaurant_owner_id: randomUUID(),
    customer_id: randomUUID(),
    status: 'created',
    items: [{ menu_item_id: randomUUID(), name: 'Ndolé', quantity: 1, unit_price: 5000 }],
    subtotal: 5000,
    total_amount: 5000,
    currency: 'XAF',
    delivery_type: 'pickup',
    payment_method: 'wallet',
    ...over,
  };
}

export function orderCompleted(order: OrderCreated, over: Partial<OrderCompleted> = {}): OrderCompleted {
  return {
    order_id: order.order_id,
    order_number: order.order_number,
    restaurant_id: order.restaurant_id,
    restaurant_owner_id: order.restaurant_owner_id,
    customer_id: order.customer_id,
    driver_id: null,
    delivery_type: order.delivery_type,
    payment_method: order.payment_method,
    subtotal: order.subtotal,
    discount_amount: 0,
    tax_amount: 0,
    delivery_fee: 0,
    service_fee: 0,
    total_amount: order.total_amount,
    currency: order.currency,
    commission_rate_bps: 1500,
    completed_at: new Date().toISOString(),
    ...over,
  };
}
