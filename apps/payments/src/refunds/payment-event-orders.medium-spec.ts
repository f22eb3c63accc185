// Payments ends where an order's events say, whatever order they arrive in (and redelivered), on the
// real PostgreSQL through the real consumers: a cancellation heard before order.created is kept, so
// the late order.created opens the payment cancelled and charges nothing; no event relies on retries.
import { randomUUID } from 'node:crypto';
import { MessageEnvelope, OrderCancelled, OrderCreated } from '@platter/contracts';
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
    deliverer = new EventDeliverer(bed, 'payments', [OrderCreatedConsumer, OrderCancelledConsumer, OrderCompletedConsumer]);
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
    return { wallet: { balance: Number(wallet?.balance ?? 0), entries: Number(wallet?.entries ?? 0) }, payments: payments.map((p) => ({ held: Number(p.held), cancelled: p.cancelled })) };
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
      expected: () => ({ wallet: { balance: 10_000, entries: 10_000 }, payments: [{ held: 0, cancelled: true }] }),
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
        return { payments, commissions: count };
      },
      expected: () => ({ payments: [{ status: 'succeeded', paid: true }], commissions: 1 }),
      retries: 0,
    });
    expect(failures).toEqual([]);
  });
});
