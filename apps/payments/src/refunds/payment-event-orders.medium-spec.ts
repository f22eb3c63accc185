// Payments ends where an order's events say, whatever order they arrive in (and redelivered), on the
// real PostgreSQL through the real consumers: a cancellation heard before order.created is kept, so
// the late order.created opens the payment cancelled and charges nothing; a refund request heard
// before the money it refunds (order.created, or a cash order's order.completed) waits for it and is
// answered once; no event relies on retries.
import { randomUUID } from 'node:crypto';
import { MessageEnvelope, OrderCancelled, OrderCreated, OrderRefundRequested } from '@platter/contracts';
import { EventDeliverer, FeatureTestingModule, ThrowawaySchema, createFeatureTestingModule, createThrowawaySchema, deliverInEveryOrder, envelopesOf } from '@platter/testing';
import { paymentsMigrations } from '../migrations';
import { PaymentsConfig } from '../payments.config';
import { paymentsEntities } from '../payments.module';
import { PaymentsModule } from '../payments/payments.module';
import { OrderCreatedConsumer } from '../payments/commands/open-payment/order-created.consumer';
import { CommissionsModule } from '../commissions/commissions.module';
import { OrderCompletedConsumer } from '../commissions/commands/settle-order/order-completed.consumer';
import { WalletModule } from '../wallet/wallet.module';
import { WalletBook } from '../wallet/wallet-book';
import { orderCompleted, orderCreated } from '../wallet/testing/money-harness';
import { OrderCancelledConsumer } from './commands/refund-cancelled-order/order-cancelled.consumer';
import { OrderRefundRequestedConsumer } from './commands/refund-on-request/order-refund-requested.consumer';
import { RefundsModule } from './refunds.module';

describe('payments under every order of an order\'s events (PostgreSQL)', () => {
  let db: ThrowawaySchema;
  let bed: FeatureTestingModule;
  let deliverer: EventDeliverer;
  const admin = randomUUID();

  beforeAll(async () => {
    db = await createThrowawaySchema('payments', { entities: paymentsEntities, migrations: paymentsMigrations });
    const config = Object.assign(new PaymentsConfig(), { WALLET_DEFAULT_CURRENCY: 'XAF', REFUND_RETRY_INTERVAL_MS: 1000, REFUND_MAX_ATTEMPTS: 3, PAYOUT_CYCLE_DAYS: 7, DRIVER_DELIVERY_FEE_SHARE_BPS: 10000 });
    bed = await createFeatureTestingModule({ service: 'payments', database: db, imports: [PaymentsModule, WalletModule, RefundsModule, CommissionsModule], config });
    deliverer = new EventDeliverer(bed, 'payments', [OrderCreatedConsumer, OrderCancelledConsumer, OrderCompletedConsumer, OrderRefundRequestedConsumer]);
  });

  afterAll(async () => {
    await bed?.close();
    await db?.drop();
  });

  /** Customers with 10 000 XAF in their wallet, one per delivery order (events() is synchronous). */
  async function fundedCustomers(count: number): Promise<string[]> {
    const ids = Array.from({ length: count }, () => randomUUID());
    for (const id of ids) await bed.get(WalletBook).credit(admin, id, 10_000, undefined, 'funds');
    return ids;
  }

  const cancelledOf = (o: OrderCreated): OrderCancelled => ({
    order_id: o.order_id, order_number: o.order_number, restaurant_id: o.restaurant_id, restaurant_owner_id: o.restaurant_owner_id, customer_id: o.customer_id, from: 'confirmed', reason: 'Restaurant rejected',
  });

  /** An admin's refund request for the order (ordering sends one only for money it saw paid). */
  const refundRequestOf = (o: OrderCreated, over: Partial<OrderRefundRequested> = {}): OrderRefundRequested => ({
    refund_request_id: randomUUID(), order_id: o.order_id, amount: null, reason: 'Cold food', requested_by: admin, to_wallet: false, ...over,
  });

  /** The refunds recorded for the order: what each answered its request with. */
  async function refundsOf(orderId: string) {
    const rows: Array<{ amount: number; status: string; destination: string; failure_reason: string | null }> = await bed.dataSource.query(
      `SELECT amount, status, destination, failure_reason FROM refunds WHERE order_id = $1 ORDER BY created_at, id`,
      [orderId],
    );
    return rows.map((r) => ({ ...r, amount: Number(r.amount) }));
  }

  /** A customer's wallet (balance next to its ledger entries) and what payments still holds of the order. */
  async function moneyState(envelopes: MessageEnvelope[]) {
    const o = envelopes[0].payload as OrderCreated;
    const [wallet] = await bed.dataSource.query(
      `SELECT a.balance, COALESCE((SELECT SUM(amount) FROM ledger_entries e WHERE e.account_id = a.id), 0) AS entries
         FROM ledger_accounts a WHERE kind = 'customer_wallet' AND owner = $1`,
      [o.customer_id],
    );
    const payments: Array<{ held: number; cancelled: boolean }> = await bed.dataSource.query(
      `SELECT (CASE WHEN status = 'succeeded' THEN amount ELSE 0 END) - amount_refunded AS held, order_cancelled_at IS NOT NULL AS cancelled
         FROM payments WHERE order_id = $1`,
      [o.order_id],
    );
    return {
      wallet: { balance: Number(wallet?.balance ?? 0), entries: Number(wallet?.entries ?? 0) },
      payments: payments.map((p) => ({ held: Number(p.held), cancelled: p.cancelled })),
      earlyNews: await earlyNewsLeft(o.order_id),
    };
  }

  /** Rows early_order_news still holds for the order: once its payment is open, none. */
  async function earlyNewsLeft(orderId: string): Promise<number> {
    const [{ count }] = await bed.dataSource.query(`SELECT count(*)::int AS count FROM early_order_news WHERE order_id = $1`, [orderId]);
    return count;
  }

  it('a cancelled wallet order leaves the wallet whole, whether the cancellation comes before or after order.created', async () => {
    // One customer for the harness's count call, one for each of the 2 orders.
    const customers = await fundedCustomers(3);
    const failures = await deliverInEveryOrder({
      deliverer,
      events: () => {
        const o = orderCreated({ customer_id: customers.shift()!, total_amount: 6000, payment_method: 'wallet' });
        return envelopesOf([{ type: 'order.created', payload: o }, { type: 'order.cancelled', payload: cancelledOf(o) }], 'ordering');
      },
      state: async (envelopes) => moneyState(envelopes),
      expected: () => ({ wallet: { balance: 10_000, entries: 10_000 }, payments: [{ held: 0, cancelled: true }], earlyNews: 0 }),
      // The order.created of a retried message can outlast the cancellation's whole retry budget.
      retries: 0,
    });
    expect(failures).toEqual([]);
  });

  it('a cancelled provider order holds nothing, whatever arrives first', async () => {
    const failures = await deliverInEveryOrder({
      deliverer,
      events: () => {
        const o = orderCreated({ payment_method: 'campay', payer_phone: '+237670000001' });
        return envelopesOf([{ type: 'order.created', payload: o }, { type: 'order.cancelled', payload: cancelledOf(o) }], 'ordering');
      },
      state: async (envelopes) => (await moneyState(envelopes)).payments,
      expected: () => [{ held: 0, cancelled: true }],
      retries: 0,
    });
    expect(failures).toEqual([]);
  });

  it('a completed cash order ends settled once with its cash collected, even when order.completed comes first', async () => {
    const failures = await deliverInEveryOrder({
      deliverer,
      events: () => {
        const o = orderCreated({ payment_method: 'cash' });
        return envelopesOf([{ type: 'order.created', payload: o }, { type: 'order.completed', payload: orderCompleted(o) }], 'ordering');
      },
      state: async (envelopes) => {
        const orderId = (envelopes[0].payload as OrderCreated).order_id;
        const payments = await bed.dataSource.query(`SELECT status, paid_at IS NOT NULL AS paid FROM payments WHERE order_id = $1`, [orderId]);
        const [{ count }] = await bed.dataSource.query(`SELECT count(*)::int AS count FROM commission_records WHERE order_id = $1`, [orderId]);
        return { payments, commissions: count, earlyNews: await earlyNewsLeft(orderId) };
      },
      expected: () => ({ payments: [{ status: 'succeeded', paid: true }], commissions: 1, earlyNews: 0 }),
      retries: 0,
    });
    expect(failures).toEqual([]);
  });

  it('a refund request heard before order.created is answered once the wallet payment is charged', async () => {
    const customers = await fundedCustomers(3);
    const failures = await deliverInEveryOrder({
      deliverer,
      events: () => {
        const o = orderCreated({ customer_id: customers.shift()!, total_amount: 6000, payment_method: 'wallet' });
        return envelopesOf([{ type: 'order.created', payload: o }, { type: 'order.refund-requested', payload: refundRequestOf(o, { amount: 2000 }) }], 'ordering');
      },
      state: async (envelopes) => ({ ...(await moneyState(envelopes)), refunds: await refundsOf((envelopes[0].payload as OrderCreated).order_id) }),
      expected: () => ({
        wallet: { balance: 6000, entries: 6000 },
        payments: [{ held: 4000, cancelled: false }],
        earlyNews: 0,
        refunds: [{ amount: 2000, status: 'completed', destination: 'wallet', failure_reason: null }],
      }),
      // The request would otherwise have to outlast order.created's own retries.
      retries: 0,
    });
    expect(failures).toEqual([]);
  });

  it('a refund of a cash order waits for both its order.created and its order.completed, whatever comes first', async () => {
    const failures = await deliverInEveryOrder({
      deliverer,
      events: () => {
        const o = orderCreated({ payment_method: 'cash', total_amount: 5000 });
        return envelopesOf(
          [
            { type: 'order.created', payload: o },
            { type: 'order.completed', payload: orderCompleted(o) },
            // Cash goes back as wallet credit only.
            { type: 'order.refund-requested', payload: refundRequestOf(o, { amount: 1500, to_wallet: true }) },
          ],
          'ordering',
        );
      },
      state: async (envelopes) => {
        const o = envelopes[0].payload as OrderCreated;
        const { wallet, earlyNews } = await moneyState(envelopes);
        const payments = await bed.dataSource.query(`SELECT status, amount_refunded FROM payments WHERE order_id = $1`, [o.order_id]);
        return { wallet, earlyNews, payments, refunds: await refundsOf(o.order_id) };
      },
      expected: () => ({
        wallet: { balance: 1500, entries: 1500 },
        earlyNews: 0,
        payments: [{ status: 'succeeded', amount_refunded: 1500 }],
        refunds: [{ amount: 1500, status: 'completed', destination: 'wallet', failure_reason: null }],
      }),
      retries: 0,
    });
    expect(failures).toEqual([]);
  });

  it('a refund asked for a cancelled wallet order is answered, and the wallet ends whole, in every order', async () => {
    const customers = await fundedCustomers(7);
    const failures = await deliverInEveryOrder({
      deliverer,
      events: () => {
        const o = orderCreated({ customer_id: customers.shift()!, total_amount: 6000, payment_method: 'wallet' });
        return envelopesOf(
          [
            { type: 'order.created', payload: o },
            { type: 'order.cancelled', payload: cancelledOf(o) },
            // An admin's compensation of the cancelled order: the rest of its money, if any is left.
            { type: 'order.refund-requested', payload: refundRequestOf(o) },
          ],
          'ordering',
        );
      },
      state: async (envelopes) => {
        const requestId = (envelopes[2].payload as OrderRefundRequested).refund_request_id;
        const [{ answered }] = await bed.dataSource.query(`SELECT count(*)::int AS answered FROM refunds WHERE request_id = $1`, [requestId]);
        return { ...(await moneyState(envelopes)), answered };
      },
      // Whether the request finds the money already back (cancellation first) or never charged, it gets one answer.
      expected: () => ({ wallet: { balance: 10_000, entries: 10_000 }, payments: [{ held: 0, cancelled: true }], earlyNews: 0, answered: 1 }),
      retries: 0,
    });
    expect(failures).toEqual([]);
  });
});
