// Medium tests only: payments' money features wired by hand against a throwaway schema.
import { randomUUID } from 'node:crypto';
import { OrderCompleted, OrderCreated } from '@platter/contracts';
import { EventPublisher } from '@platter/messaging';
import { ThrowawaySchema, createThrowawaySchema } from '@platter/testing';
import { paymentsMigrations } from '../../migrations';
import { PaymentsConfig } from '../../payments.config';
import { paymentsEntities } from '../../payments.module';
import { CommissionRepository } from '../../commissions/commission.repository';
import { SettleOrderService } from '../../commissions/commands/settle-order/settle-order.service';
import { AfterCommit } from '../../transactions/after-commit';
import { ChargeWalletService } from '../../payments/commands/charge-wallet/charge-wallet.service';
import { OpenPaymentService } from '../../payments/commands/open-payment/open-payment.service';
import { PaymentOutcomes } from '../../payments/payment-outcomes';
import { PaymentRepository } from '../../payments/payment.repository';
import { WalletCharger } from '../../payments/wallet-charger';
import { PayoutRepository } from '../../payouts/payout.repository';
import { PayoutsService } from '../../payouts/payouts.service';
import { ProviderRefundRequest, ProviderRefundResult, ProviderRefunds } from '../../providers/provider-refunds.port';
import { RefundCancelledOrderService } from '../../refunds/commands/refund-cancelled-order/refund-cancelled-order.service';
import { RefundOnRequestService } from '../../refunds/commands/refund-on-request/refund-on-request.service';
import { RefundDispatcher } from '../../providers/refunds/refund-dispatcher';
import { RefundIssuer } from '../../refunds/refund-issuer';
import { RefundRepository } from '../../refunds/refund.repository';
import { RefundWakeups } from '../../refunds/refund-wakeups';
import { EarningRepository } from '../../earnings/earning.repository';
import { DriverEarningsService } from '../../earnings/queries/driver-earnings/driver-earnings.service';
import { MoneyReportsService } from '../../reports/queries/money-reports/money-reports.service';
import { Ledger } from '../ledger';
import { LedgerRepository } from '../ledger.repository';
import { WalletBook } from '../wallet-book';

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
  const config = Object.assign(Object.create(PaymentsConfig.prototype) as PaymentsConfig, {
    PAYOUT_CYCLE_DAYS: 7,
    DRIVER_DELIVERY_FEE_SHARE_BPS: 10000,
    PAYOUT_RUN_INTERVAL_MINUTES: 0,
    REFUND_RETRY_INTERVAL_MS: 1000,
    REFUND_MAX_ATTEMPTS: 3,
    EARNINGS_TIME_ZONE: 'Africa/Douala',
    WALLET_DEFAULT_CURRENCY: 'XAF',
  });
  const events = new EventPublisher(db.tx, 'payments');
  const ledgerRows = new LedgerRepository(db.tx);
  const ledger = new Ledger(db.tx, ledgerRows);
  const payments = new PaymentRepository(db.tx);
  const refundRows = new RefundRepository(db.tx);
  const commissions = new CommissionRepository(db.tx);
  const earningRows = new EarningRepository(db.tx);
  const payoutRows = new PayoutRepository(db.tx);
  const afterCommit = new AfterCommit(db.tx);
  const wakeups = new RefundWakeups();
  const issuer = new RefundIssuer(db.tx, refundRows, payments, events, ledger, afterCommit, wakeups);
  const outcomes = new PaymentOutcomes(db.tx, payments, events, ledger, issuer);
  const charger = new WalletCharger(db.tx, ledger, outcomes);
  const providerRefunds = new ScriptedProviderRefunds();
  const payouts = new PayoutsService(db.tx, payoutRows, commissions, ledgerRows, ledger, config);
  return {
    db,
    config,
    ledger,
    payments,
    outcomes,
    issuer,
    wakeups,
    openPayment: new OpenPaymentService(db.tx, payments, outcomes, charger),
    chargeWallet: new ChargeWalletService(db.tx, payments, charger),
    wallets: new WalletBook(db.tx, ledgerRows, ledger, config),
    cancelled: new RefundCancelledOrderService(db.tx, payments, issuer),
    refundRequests: new RefundOnRequestService(db.tx, payments, issuer),
    providerRefunds,
    dispatcher: new RefundDispatcher(db.tx, refundRows, payments, issuer, wakeups, providerRefunds, config),
    settlement: new SettleOrderService(db.tx, payments, commissions, earningRows, ledger, config),
    payouts,
    earnings: new DriverEarningsService(earningRows, payoutRows, payouts, config),
    reports: new MoneyReportsService(commissions, payoutRows, payouts),
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
