import { randomUUID } from 'node:crypto';
import { MoneyHarness, moneyHarness, orderCompleted, orderCreated } from '../wallet/testing/money-harness';

// Settlement of completed orders, payouts, earnings and reports against real PostgreSQL.

describe('settlement and payouts (PostgreSQL)', () => {
  let h: MoneyHarness;
  const admin = { user_id: randomUUID(), role: 'admin' as const };

  beforeAll(async () => {
    h = await moneyHarness();
  });

  afterAll(async () => {
    await h?.db.drop();
  });

  const balanceOf = async (kind: string, owner: string) =>
    Number((await h.db.dataSource.query(`SELECT balance FROM ledger_accounts WHERE kind = $1 AND owner = $2 AND currency = 'XAF'`, [kind, owner]))[0]?.balance ?? 0);

  it("records the commission for a 25,000 XAF order at 15 %, due seven days after completion, once", async () => {
    const customer = randomUUID();
    await h.wallets.credit(admin.user_id, customer, 30_000, undefined, 'funds');
    const order = orderCreated({ customer_id: customer, subtotal: 25_000, total_amount: 25_000 });
    await h.openPayment.open(order);
    const completedAt = '2025-09-10T00:00:00.000Z';
    const event = orderCompleted(order, { completed_at: completedAt });

    await h.settlement.settle(event);
    await h.settlement.settle(event);

    const records = await h.db.dataSource.query(`SELECT * FROM commission_records WHERE order_id = $1`, [order.order_id]);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      restaurant_id: order.restaurant_id, order_total: 25_000, commission_rate: '0.1500', platform_fee: 3750, restaurant_share: 21_250,
      status: 'calculated', currency: 'XAF', collected_by: 'platform', restaurant_net: 21_250,
    });
    expect((records[0].due_date as Date).toISOString()).toBe('2025-09-17T00:00:00.000Z');
    expect(await balanceOf('restaurant_payable', order.restaurant_id)).toBe(21_250);
    expect(await h.bookIntegrity()).toEqual({ total: 0, mismatched: 0 });
  });

  it('pays the driver the delivery fee and makes a cash-carrying driver owe the total', async () => {
    const driver = randomUUID();
    const order = orderCreated({ payment_method: 'cash', delivery_type: 'delivery', subtotal: 10_000, total_amount: 11_500 });
    await h.openPayment.open(order);
    await h.settlement.settle(orderCompleted(order, { driver_id: driver, delivery_fee: 1000, service_fee: 500 }));

    expect((await h.db.dataSource.query(`SELECT status, provider FROM payments WHERE order_id = $1`, [order.order_id]))[0]).toEqual({ status: 'succeeded', provider: 'cash' });
    expect(await balanceOf('driver_cash', driver)).toBe(-11_500);
    expect(await balanceOf('driver_payable', driver)).toBe(1000);
    const summary = await h.earnings.summary(driver);
    expect(summary).toMatchObject({ total: 1000, deliveries: 1, cash_held: 11_500, available_balance: 0 });
    const list = await h.earnings.list(driver, 1, 20);
    expect(list.items).toEqual([expect.objectContaining({ order_id: order.order_id, amount: 1000, cash_collected: 11_500, delivery_fee: 1000 })]);
  });

  it('lets a driver take out no more than their available balance, even asking concurrently', async () => {
    const driver = randomUUID();
    for (let i = 0; i < 3; i++) {
      const order = orderCreated({ payment_method: 'stripe', delivery_type: 'delivery', subtotal: 5000, total_amount: 6500 });
      await h.openPayment.open(order);
      await h.settlement.settle(orderCompleted(order, { driver_id: driver, delivery_fee: 1500 }));
    }
    const actor = { user_id: driver, role: 'driver' as const };
    expect((await h.earnings.summary(driver)).available_balance).toBe(4500);
    const results = await Promise.allSettled(Array.from({ length: 5 }, () => h.payouts.requestDriverPayout(actor, 2000, '+237670000002', undefined)));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(2);
    expect(results.filter((r) => r.status === 'rejected').every((r) => (r as PromiseRejectedResult).reason.code === 'INSUFFICIENT_BALANCE')).toBe(true);
    expect(await balanceOf('driver_payable', driver)).toBe(500);

    const { items } = await h.payouts.list({ payee_type: 'driver', payee_id: driver }, 1, 20);
    const [failed, paid] = items;
    await h.payouts.setStatus(admin, failed.id, 'failed', undefined, 'Wrong number');
    await h.payouts.setStatus(admin, paid.id, 'paid', 'MOMO-123');
    await expect(h.payouts.setStatus(admin, paid.id, 'failed')).rejects.toMatchObject({ code: 'INVALID_STATE_TRANSITION' });
    expect(await balanceOf('driver_payable', driver)).toBe(2500);
    expect(await h.bookIntegrity()).toEqual({ total: 0, mismatched: 0 });
  });

  it('groups due commission records per restaurant into one payout, nets cash it kept, and reports them', async () => {
    const restaurant = randomUUID();
    const early = new Date(Date.now() - 10 * 86_400_000).toISOString();
    const online = orderCreated({ restaurant_id: restaurant, payment_method: 'campay', subtotal: 20_000, total_amount: 20_000 });
    const cash = orderCreated({ restaurant_id: restaurant, payment_method: 'cash', subtotal: 4000, total_amount: 4000 });
    const recent = orderCreated({ restaurant_id: restaurant, payment_method: 'campay', subtotal: 8000, total_amount: 8000 });
    for (const o of [online, cash, recent]) await h.openPayment.open(o);
    await h.settlement.settle(orderCompleted(online, { completed_at: early }));
    await h.settlement.settle(orderCompleted(cash, { completed_at: early }));
    await h.settlement.settle(orderCompleted(recent));

    const made = await h.payouts.runRestaurantPayouts(new Date(), admin.user_id);
    const mine = made.filter((p) => p.payee_id === restaurant);
    // 17,000 owed for the online order, less the 600 commission on the 4,000 it took in cash.
    expect(mine).toEqual([expect.objectContaining({ payee_type: 'restaurant', amount: 17_000 - 600, status: 'pending', records_count: 2 })]);
    expect(await h.payouts.runRestaurantPayouts(new Date(), admin.user_id)).toEqual([]);
    const statuses = await h.db.dataSource.query(`SELECT order_id, status FROM commission_records WHERE restaurant_id = $1`, [restaurant]);
    expect(Object.fromEntries(statuses.map((r: { order_id: string; status: string }) => [r.order_id, r.status]))).toEqual({
      [online.order_id]: 'processed', [cash.order_id]: 'processed', [recent.order_id]: 'calculated',
    });
    await h.payouts.setStatus(admin, mine[0].id, 'paid', 'BANK-9');
    expect((await h.db.dataSource.query(`SELECT count(*)::int AS n FROM commission_records WHERE restaurant_id = $1 AND status = 'paid'`, [restaurant]))[0].n).toBe(2);
    expect(await balanceOf('restaurant_payable', restaurant)).toBe(6800);

    const report = await h.reports.commissions(Object.assign(new (class { page = 1; limit = 2; })(), { restaurant_id: restaurant }));
    expect(report.pagination).toEqual({ page: 1, limit: 2, total: 3, totalPages: 2 });
    expect(report.records).toHaveLength(2);
    expect(report.totals).toEqual([{ currency: 'XAF', orders: 3, order_total: 32_000, platform_fee: 4800, restaurant_share: 27_200 }]);
    const payouts = await h.reports.payoutsReport(Object.assign(new (class { page = 1; limit = 20; })(), { payee_id: restaurant }));
    expect(payouts.totals).toEqual([{ currency: 'XAF', status: 'paid', payee_type: 'restaurant', count: 1, amount: 16_400 }]);
    expect(await h.bookIntegrity()).toEqual({ total: 0, mismatched: 0 });
  });

  it('gives a refund after settlement from the platform, not from escrow twice', async () => {
    const customer = randomUUID();
    await h.wallets.credit(admin.user_id, customer, 5000, undefined, 'funds');
    const order = orderCreated({ customer_id: customer, total_amount: 5000 });
    await h.openPayment.open(order);
    await h.settlement.settle(orderCompleted(order));
    await h.refundRequests.onRequested({ refund_request_id: randomUUID(), order_id: order.order_id, amount: 1000, reason: 'Missing drink' });
    expect(await h.walletBooks(customer)).toEqual({ balance: 1000, entries: 1000 });
    const [entry] = await h.db.dataSource.query(
      `SELECT a.kind FROM ledger_entries e JOIN ledger_accounts a ON a.id = e.account_id JOIN ledger_transactions t ON t.id = e.transaction_id
        WHERE t.kind = 'refund' AND t.reference_id = (SELECT id::text FROM refunds WHERE order_id = $1) AND e.amount < 0`,
      [order.order_id],
    );
    expect(entry.kind).toBe('platform_expense');
  });
});
