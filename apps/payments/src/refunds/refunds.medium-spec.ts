import { randomUUID } from 'node:crypto';
import { MoneyHarness, moneyHarness, orderCreated } from '../wallet/testing/money-harness';

// Refunds against real PostgreSQL: cancellation gives back what was captured (wallet at once,
// provider through the port), never more than captured, once per admin request, late money too.

describe('refunds (PostgreSQL)', () => {
  let h: MoneyHarness;
  const admin = randomUUID();

  beforeAll(async () => {
    h = await moneyHarness();
  });

  afterAll(async () => {
    await h?.db.drop();
  });

  const payment = async (orderId: string) =>
    (await h.db.dataSource.query(`SELECT status, amount_refunded, order_cancelled_at FROM payments WHERE order_id = $1`, [orderId]))[0];
  const refundsOf = (orderId: string) =>
    h.db.dataSource.query(`SELECT amount, destination, status, trigger, failure_reason FROM refunds WHERE order_id = $1 ORDER BY created_at`, [orderId]);
  const cancel = (o: { order_id: string; order_number: string; restaurant_id: string; restaurant_owner_id: string }, reason = 'Restaurant rejected') =>
    h.cancelled.onCancelled({ ...o, from: 'confirmed', reason });

  /** A provider payment whose money came in. */
  async function capturedByProvider(provider: 'campay' | 'stripe', amount = 8000) {
    const order = orderCreated({ payment_method: provider, total_amount: amount, payer_phone: '+237670000001' });
    await h.openPayment.open(order);
    await h.db.tx.run(async () => {
      const p = (await h.payments.lock({ order_id: order.order_id }))!;
      expect(await h.outcomes.succeed(p, { provider, reference: `ref-${order.order_id}`, amount })).toBe('succeeded');
    });
    return order;
  }

  it('gives a cancelled wallet order’s money back to the wallet at once', async () => {
    const customer = randomUUID();
    await h.wallets.credit(admin, customer, 10_000, undefined, 'funds');
    const order = orderCreated({ customer_id: customer, total_amount: 6000 });
    await h.openPayment.open(order);
    expect(await h.walletBooks(customer)).toEqual({ balance: 4000, entries: 4000 });

    await cancel(order);
    await cancel(order); // a redelivery (past the inbox) changes nothing

    expect(await h.walletBooks(customer)).toEqual({ balance: 10_000, entries: 10_000 });
    expect(await payment(order.order_id)).toMatchObject({ status: 'succeeded', amount_refunded: 6000 });
    expect(await refundsOf(order.order_id)).toEqual([{ amount: 6000, destination: 'wallet', status: 'completed', trigger: 'order_cancelled', failure_reason: null }]);
    const [done] = (await h.events('refund.completed')).filter((e) => e.payload.order_id === order.order_id);
    expect(done.payload).toMatchObject({ amount: 6000, destination: 'wallet', total_refunded: 6000, fully_refunded: true, currency: 'XAF' });
  });

  it('cancels a payment that never captured, and has nothing to refund for unpaid cash', async () => {
    const online = orderCreated({ payment_method: 'campay' });
    const cash = orderCreated({ payment_method: 'cash' });
    await h.openPayment.open(online);
    await h.openPayment.open(cash);
    await cancel(online);
    await cancel(cash);
    expect(await payment(online.order_id)).toMatchObject({ status: 'cancelled', amount_refunded: 0, order_cancelled_at: expect.any(Date) });
    expect(await payment(cash.order_id)).toMatchObject({ status: 'cancelled', amount_refunded: 0 });
    expect(await refundsOf(online.order_id)).toEqual([]);
    expect(await refundsOf(cash.order_id)).toEqual([]);
  });

  it('refunds a provider capture through the provider after commit', async () => {
    const order = await capturedByProvider('campay');
    h.providerRefunds.calls = [];
    const sent = new Promise<string>((resolve) => h.wakeups.listen(resolve));

    await cancel(order);
    const refundId = await sent;
    await h.dispatcher.send(refundId);

    expect(h.providerRefunds.calls).toEqual([
      expect.objectContaining({ provider: 'campay', amount: 8000, currency: 'XAF', providerReference: `ref-${order.order_id}`, payerPhone: '+237670000001', idempotencyKey: refundId }),
    ]);
    expect(await refundsOf(order.order_id)).toEqual([{ amount: 8000, destination: 'provider', status: 'completed', trigger: 'order_cancelled', failure_reason: null }]);
    expect((await h.events('refund.completed')).find((e) => e.payload.order_id === order.order_id)?.payload).toMatchObject({ destination: 'provider', fully_refunded: true });
  });

  it('retries a provider that did not answer, and reports a refusal with refund.failed', async () => {
    const order = await capturedByProvider('stripe', 3000);
    h.providerRefunds.answer = async () => {
      throw new Error('ECONNRESET');
    };
    await cancel(order);
    const [{ id }] = await h.db.dataSource.query(`SELECT id FROM refunds WHERE order_id = $1`, [order.order_id]);
    await h.dispatcher.send(id);
    expect((await refundsOf(order.order_id))[0]).toMatchObject({ status: 'sending' });

    h.providerRefunds.answer = async () => ({ status: 'failed', reference: null, reason: 'charge_already_refunded' });
    await h.db.dataSource.query(`UPDATE refunds SET next_attempt_at = now() WHERE id = $1`, [id]);
    expect(await h.dispatcher.sweep()).toBeGreaterThanOrEqual(1);

    expect((await refundsOf(order.order_id))[0]).toMatchObject({ status: 'failed', failure_reason: 'charge_already_refunded' });
    expect(await payment(order.order_id)).toMatchObject({ amount_refunded: 0 });
    expect((await h.events('refund.failed')).find((e) => e.payload.order_id === order.order_id)?.payload).toMatchObject({ amount: 3000, reason: 'charge_already_refunded' });
    h.providerRefunds.answer = async (req) => ({ status: 'succeeded', reference: `rf_${req.idempotencyKey}` });
  });

  it('waits for the provider’s confirmation of a refund it accepted for later', async () => {
    const order = await capturedByProvider('stripe', 2500);
    h.providerRefunds.answer = async () => ({ status: 'pending', reference: `re_${order.order_id}` });
    await cancel(order);
    const [{ id }] = await h.db.dataSource.query(`SELECT id FROM refunds WHERE order_id = $1`, [order.order_id]);
    await h.dispatcher.send(id);
    expect((await refundsOf(order.order_id))[0]).toMatchObject({ status: 'pending' });

    expect(await h.issuer.settleProviderRefund({ provider_reference: `re_${order.order_id}` }, { succeeded: true })).toBe(true);
    expect(await h.issuer.settleProviderRefund({ provider_reference: `re_${order.order_id}` }, { succeeded: true })).toBe(false);
    expect((await refundsOf(order.order_id))[0]).toMatchObject({ status: 'completed' });
    h.providerRefunds.answer = async (req) => ({ status: 'succeeded', reference: `rf_${req.idempotencyKey}` });
  });

  it('refunds money that arrives after the order was cancelled, at once', async () => {
    const order = orderCreated({ payment_method: 'noupay', total_amount: 4500 });
    await h.openPayment.open(order);
    await cancel(order);
    const sent = new Promise<string>((resolve) => h.wakeups.listen(resolve));
    await h.db.tx.run(async () => {
      const p = (await h.payments.lock({ order_id: order.order_id }))!;
      expect(await h.outcomes.succeed(p, { provider: 'noupay', reference: 'late-1', amount: 4500 })).toBe('succeeded');
    });
    await h.dispatcher.send(await sent);
    expect(await refundsOf(order.order_id)).toEqual([{ amount: 4500, destination: 'provider', status: 'completed', trigger: 'late_capture', failure_reason: null }]);
    // Ordering never hears of money for the cancelled order, only of its refund.
    expect((await h.events('payment.succeeded')).filter((e) => e.payload.order_id === order.order_id)).toEqual([]);
    expect((await h.events('refund.completed')).filter((e) => e.payload.order_id === order.order_id)).toHaveLength(1);
  });

  it('answers a second capture of a paid payment with already_succeeded', async () => {
    const order = await capturedByProvider('campay', 1000);
    await h.db.tx.run(async () => {
      const p = (await h.payments.lock({ order_id: order.order_id }))!;
      expect(await h.outcomes.succeed(p, { provider: 'campay', reference: 'dup', amount: 1000 })).toBe('already_succeeded');
    });
  });

  it('makes admin refunds partial, once per request, never beyond the capture, and to the wallet on request', async () => {
    const customer = randomUUID();
    const order = await capturedByProvider('stripe', 10_000);
    await h.db.dataSource.query(`UPDATE payments SET customer_id = $2 WHERE order_id = $1`, [order.order_id, customer]);
    const ask = (amount: number | null, to_wallet = false, id = randomUUID()) =>
      h.refundRequests.onRequested({ refund_request_id: id, order_id: order.order_id, amount, reason: 'Cold food', requested_by: admin, to_wallet });

    const first = randomUUID();
    await ask(4000, true, first);
    await ask(4000, true, first); // the same request again
    expect(await h.walletBooks(customer)).toEqual({ balance: 4000, entries: 4000 });
    await ask(7000); // more than the 6000 left
    // Concurrent requests for the rest: only one gets it.
    await Promise.all([ask(6000, true), ask(6000, true), ask(6000, true)]);

    expect(await payment(order.order_id)).toMatchObject({ amount_refunded: 10_000 });
    expect(await h.walletBooks(customer)).toEqual({ balance: 10_000, entries: 10_000 });
    const rows = await refundsOf(order.order_id);
    expect(rows.filter((r: { status: string }) => r.status === 'completed').map((r: { amount: number }) => r.amount)).toEqual([4000, 6000]);
    expect(rows.filter((r: { failure_reason: string | null }) => r.failure_reason === 'EXCEEDS_REFUNDABLE')).toHaveLength(1);
    expect(rows.filter((r: { failure_reason: string | null }) => r.failure_reason === 'NOTHING_TO_REFUND')).toHaveLength(2);
    const completed = (await h.events('refund.completed')).filter((e) => e.payload.order_id === order.order_id);
    expect(completed.map((e) => [e.payload.total_refunded, e.payload.fully_refunded])).toEqual([[4000, false], [10_000, true]]);
    expect(await h.bookIntegrity()).toEqual({ total: 0, mismatched: 0 });
  });
});
