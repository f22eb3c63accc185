import { randomUUID } from 'node:crypto';
import { MoneyHarness, moneyHarness, orderCreated } from './testing/money-harness';

// The ledger and wallets against real PostgreSQL: concurrent charges never overdraw a wallet, every
// balance equals the sum of its entries, wallet orders are charged when their payment opens.

describe('wallet ledger (PostgreSQL)', () => {
  let h: MoneyHarness;
  const admin = randomUUID();

  beforeAll(async () => {
    h = await moneyHarness();
  });

  afterAll(async () => {
    await h?.db.drop();
  });

  it('lets 20 concurrent wallet orders take only what the balance covers', async () => {
    const customer = randomUUID();
    await h.wallets.credit(admin, customer, 23_000, undefined, 'Test funds');
    const orders = Array.from({ length: 20 }, () => orderCreated({ customer_id: customer, total_amount: 5000 }));

    await Promise.all(orders.map((o) => h.openPayment.open(o)));

    const statuses = await h.db.dataSource.query(
      `SELECT status, count(*)::int AS n FROM payments WHERE order_id = ANY($1::uuid[]) GROUP BY status ORDER BY status`,
      [orders.map((o) => o.order_id)],
    );
    expect(statuses).toEqual([{ status: 'failed', n: 16 }, { status: 'succeeded', n: 4 }]);
    expect(await h.walletBooks(customer)).toEqual({ balance: 3000, entries: 3000 });
    expect((await h.wallets.view(customer)).balance).toBe(3000);

    const succeeded = (await h.events('payment.succeeded')).filter((e) => orders.some((o) => o.order_id === e.payload.order_id));
    const failed = (await h.events('payment.failed')).filter((e) => orders.some((o) => o.order_id === e.payload.order_id));
    expect(succeeded).toHaveLength(4);
    expect(failed).toHaveLength(16);
    expect(failed[0].payload).toMatchObject({ method: 'wallet', provider: 'wallet', reason: 'INSUFFICIENT_BALANCE', final: true });
    expect(await h.bookIntegrity()).toEqual({ total: 0, mismatched: 0 });
  });

  it('never overdraws under 20 parallel direct charges of one wallet either', async () => {
    const customer = randomUUID();
    await h.wallets.credit(admin, customer, 10_000, 'XAF', 'Test funds');
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () =>
        h.db.tx.run(() =>
          h.ledger.post({
            kind: 'wallet_charge',
            lines: [
              { account: { kind: 'customer_wallet', owner: customer, currency: 'XAF' }, amount: -700 },
              { account: { kind: 'order_escrow', owner: '', currency: 'XAF' }, amount: 700 },
            ],
          }),
        ),
      ),
    );
    const ok = results.filter((r) => r.status === 'fulfilled').length;
    expect(ok).toBe(14);
    for (const r of results) if (r.status === 'rejected') expect(r.reason).toMatchObject({ code: 'INSUFFICIENT_BALANCE' });
    expect(await h.walletBooks(customer)).toEqual({ balance: 10_000 - 14 * 700, entries: 10_000 - 14 * 700 });
  });

  it('leaves the caller’s transaction usable after a refused debit', async () => {
    const customer = randomUUID();
    const result = await h.db.tx.run(async () => {
      await h.ledger
        .post({ kind: 'x', lines: [{ account: { kind: 'customer_wallet', owner: customer, currency: 'XAF' }, amount: -1 }, { account: { kind: 'order_escrow', owner: '', currency: 'XAF' }, amount: 1 }] })
        .catch(() => undefined);
      const [row] = await h.db.tx.manager.query(`SELECT 1 AS ok`);
      return row.ok;
    });
    expect(result).toBe(1);
  });

  it('records a posting once per idempotency key', async () => {
    const customer = randomUUID();
    const post = () =>
      h.db.tx.run(() =>
        h.ledger.post({
          kind: 'credit',
          idempotency_key: `test:${customer}`,
          lines: [{ account: { kind: 'platform_expense', owner: '', currency: 'XAF' }, amount: -100 }, { account: { kind: 'customer_wallet', owner: customer, currency: 'XAF' }, amount: 100 }],
        }),
      );
    const first = await post();
    const second = await post();
    expect(second).toMatchObject({ transaction_id: first.transaction_id, applied: false });
    expect(await h.walletBooks(customer)).toEqual({ balance: 100, entries: 100 });
  });

  it('charges a wallet order after a top-up through the charge route, once', async () => {
    const customer = randomUUID();
    const order = orderCreated({ customer_id: customer, total_amount: 4000 });
    // Opened without an auto-charge (a payment opened before wallet orders were charged at once): the payment waits.
    await h.db.dataSource.query(
      `INSERT INTO payments (id, order_id, restaurant_id, customer_id, method, provider, amount, currency, status)
       VALUES ($1, $2, $3, $4, 'wallet', 'wallet', 4000, 'XAF', 'pending')`,
      [randomUUID(), order.order_id, order.restaurant_id, customer],
    );
    const actor = { user_id: customer, role: 'customer' as const };
    await expect(h.chargeWallet.charge(actor, order.order_id)).rejects.toMatchObject({ code: 'INSUFFICIENT_BALANCE' });
    await h.wallets.credit(admin, customer, 5000, undefined, 'Top-up stand-in');
    const paid = await h.chargeWallet.charge(actor, order.order_id);
    const again = await h.chargeWallet.charge(actor, order.order_id);
    expect(paid.status).toBe('succeeded');
    expect(again.status).toBe('succeeded');
    expect(await h.walletBooks(customer)).toEqual({ balance: 1000, entries: 1000 });
    await expect(h.chargeWallet.charge({ user_id: randomUUID(), role: 'customer' }, order.order_id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('lists a wallet’s entries newest first, paged, with the admin credit’s reason', async () => {
    const customer = randomUUID();
    await h.wallets.credit(admin, customer, 300, undefined, 'Sorry for the wait');
    await h.wallets.credit(admin, customer, 200, undefined, 'Birthday');
    const page = await h.wallets.entries(customer, 'XAF', 1, 1);
    expect(page.total).toBe(2);
    expect(page.items).toEqual([expect.objectContaining({ amount: 200, balance_after: 500, kind: 'credit', description: 'Birthday' })]);
    const [tx] = await h.db.dataSource.query(`SELECT created_by FROM ledger_transactions WHERE memo = 'Sorry for the wait' AND reference_id = $1`, [customer]);
    expect(tx.created_by).toBe(admin);
  });

  it('credits the wallet when a top-up’s money arrives, once, without telling ordering', async () => {
    const customer = randomUUID();
    const id = randomUUID();
    await h.db.dataSource.query(
      `INSERT INTO payments (id, customer_id, purpose, method, provider, amount, currency, status) VALUES ($1, $2, 'wallet_topup', 'campay', 'campay', 2500, 'XAF', 'processing')`,
      [id, customer],
    );
    const capture = () =>
      h.db.tx.run(async () => h.outcomes.succeed((await h.payments.lock({ id }))!, { provider: 'campay', reference: 'cp-1', amount: 2500 }));
    expect(await capture()).toBe('succeeded');
    expect(await capture()).toBe('already_succeeded');
    expect(await h.walletBooks(customer)).toEqual({ balance: 2500, entries: 2500 });
    expect((await h.wallets.view(customer)).recent_entries).toEqual([expect.objectContaining({ kind: 'wallet_topup', amount: 2500 })]);
    expect((await h.events('payment.succeeded')).filter((e) => e.payload.payment_id === id)).toEqual([]);
  });

  it('fails a top-up-less wallet order of a guest for good', async () => {
    const order = orderCreated({ customer_id: null });
    await h.openPayment.open(order);
    const failed = (await h.events('payment.failed')).find((e) => e.payload.order_id === order.order_id);
    expect(failed?.payload).toMatchObject({ reason: 'WALLET_NEEDS_CUSTOMER', final: true });
  });
});
