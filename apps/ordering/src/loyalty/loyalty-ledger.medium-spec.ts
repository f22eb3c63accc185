// The loyalty ledger against a real PostgreSQL: balances never below zero, every movement once.
import { randomUUID } from 'node:crypto';
import { FeatureTestingModule } from '@platter/testing';
import { orderingServices } from '../testing/ordering-services';
import { LoyaltyLedger } from './loyalty-ledger';

describe('loyalty ledger (PostgreSQL)', () => {
  let db: FeatureTestingModule;
  let ledger: LoyaltyLedger;

  beforeAll(async () => {
    db = await orderingServices();
    ledger = db.get(LoyaltyLedger);
  });

  afterAll(async () => {
    await db?.close();
  });

  const sumOfEntries = async (customerId: string) =>
    Number((await db.dataSource.query(`SELECT coalesce(sum(points), 0)::int AS n FROM loyalty_entries WHERE customer_id = $1`, [customerId]))[0].n);

  it('lets 10 parallel redemptions take only what the balance holds, never going below zero', async () => {
    const customer = randomUUID();
    expect(await ledger.earn({ customerId: customer, points: 350, kind: 'adjustment', key: `test:${customer}` })).toBe(true);
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, () => db.tx.run(() => ledger.redeem(customer, 100, randomUUID()))),
    );
    const ok = results.filter((r) => r.status === 'fulfilled').length;
    const refused = results.filter((r) => r.status === 'rejected') as PromiseRejectedResult[];
    expect(ok).toBe(3);
    expect(refused).toHaveLength(7);
    for (const r of refused) expect(r.reason).toMatchObject({ code: 'INSUFFICIENT_POINTS' });
    expect(await ledger.balance(customer)).toBe(50);
    expect(await sumOfEntries(customer)).toBe(50);
  });

  it('refuses a redemption by someone with no points at all', async () => {
    await expect(ledger.redeem(randomUUID(), 1, randomUUID())).rejects.toMatchObject({ code: 'INSUFFICIENT_POINTS' });
  });

  it('takes nothing when the caller’s transaction rolls back (the order was not placed)', async () => {
    const customer = randomUUID();
    await ledger.earn({ customerId: customer, points: 200, kind: 'adjustment', key: `test:${customer}` });
    await expect(
      db.tx.run(async () => {
        await ledger.redeem(customer, 150, randomUUID());
        throw new Error('placement failed afterwards');
      }),
    ).rejects.toThrow('placement failed afterwards');
    expect(await ledger.balance(customer)).toBe(200);
  });

  it('gives back what a cancelled order spent, once, and nothing for an order that spent none', async () => {
    const customer = randomUUID();
    const order = randomUUID();
    await ledger.earn({ customerId: customer, points: 500, kind: 'adjustment', key: `test:${customer}` });
    await ledger.redeem(customer, 300, order);
    expect(await ledger.balance(customer)).toBe(200);
    await ledger.restoreForOrder(order);
    await ledger.restoreForOrder(order);
    expect(await ledger.balance(customer)).toBe(500);
    await ledger.restoreForOrder(randomUUID());
    expect(await ledger.balance(customer)).toBe(500);
    expect(await sumOfEntries(customer)).toBe(500);
  });

  it('credits each earning key once', async () => {
    const customer = randomUUID();
    const order = randomUUID();
    const earning = { customerId: customer, points: 120, kind: 'order_completed' as const, key: `order_completed:${order}`, orderId: order };
    expect(await ledger.earn(earning)).toBe(true);
    expect(await ledger.earn(earning)).toBe(false);
    expect(await ledger.balance(customer)).toBe(120);
    const [account] = await db.dataSource.query(`SELECT lifetime_earned FROM loyalty_accounts WHERE customer_id = $1`, [customer]);
    expect(account.lifetime_earned).toBe(120);
  });
});
