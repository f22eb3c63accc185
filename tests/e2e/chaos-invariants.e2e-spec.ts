import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { ADMIN_DATABASE_URL, checkDeadLetters, checkLedger, checkOrderInvariants, checkOutboxes, ExpectedOrder, openDatabase, SERVICE_SCHEMAS, unpublishedOutboxRows } from './support/invariants';

/**
 * The chaos suite's invariant checks themselves, on a database seeded by hand (only the columns
 * the checks read): clean data passes, and each kind of damage an outage could leave behind (a
 * duplicate order for a retried key, a missing or doubled ticket, payment or delivery, an order
 * short of its status, a ledger balance off its entries, an unpublished outbox row, an unexpected
 * or missing dead letter) is reported. A check that cannot fail would make the chaos suite pass
 * whatever happened.
 */
describe('chaos invariant checks report what they are meant to', () => {
  const database = `platter_e2e_chaos_checks`;
  let admin: Client;
  let db: Client;
  const customer = randomUUID();

  beforeAll(async () => {
    admin = new Client({ connectionString: ADMIN_DATABASE_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${database}`);
    db = await openDatabase(database);
    for (const schema of SERVICE_SCHEMAS) {
      await db.query(`CREATE SCHEMA ${schema}`);
      await db.query(`CREATE TABLE ${schema}.outbox (seq bigserial PRIMARY KEY, routing_key text NOT NULL, created_at timestamptz NOT NULL DEFAULT now(), published_at timestamptz)`);
    }
    await db.query(`CREATE TABLE ordering.orders (id uuid PRIMARY KEY, customer_id uuid, status text NOT NULL)`);
    for (const table of ['kitchen.tickets', 'payments.payments', 'dispatch.deliveries']) await db.query(`CREATE TABLE ${table} (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), order_id uuid NOT NULL)`);
    await db.query(`CREATE TABLE payments.ledger_accounts (id uuid PRIMARY KEY, kind text NOT NULL, owner text NOT NULL, balance bigint NOT NULL)`);
    await db.query(`CREATE TABLE payments.ledger_entries (id bigserial PRIMARY KEY, account_id uuid NOT NULL, amount bigint NOT NULL)`);
  });
  afterAll(async () => {
    await db?.end();
    await admin?.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin?.end();
  });

  async function seedOrder(o: ExpectedOrder, status = o.expectedStatus, rows = { tickets: 1, payments: 1, deliveries: o.deliveryType === 'delivery' ? 1 : 0 }) {
    await db.query(`INSERT INTO ordering.orders (id, customer_id, status) VALUES ($1, $2, $3)`, [o.orderId, customer, status]);
    for (const [table, n] of [['kitchen.tickets', rows.tickets], ['payments.payments', rows.payments], ['dispatch.deliveries', rows.deliveries]] as const) {
      for (let i = 0; i < n; i++) await db.query(`INSERT INTO ${table} (order_id) VALUES ($1)`, [o.orderId]);
    }
  }
  const order = (deliveryType: 'delivery' | 'pickup'): ExpectedOrder => ({ key: randomUUID(), orderId: randomUUID(), deliveryType, expectedStatus: deliveryType === 'delivery' ? 'ready' : 'completed' });

  it('passes clean data, and names every damaged order', async () => {
    const clean = [order('delivery'), order('pickup')];
    for (const o of clean) await seedOrder(o);
    expect(await checkOrderInvariants(db, clean, [customer])).toEqual([]);

    const [stuck, noTicket, twoPayments, noDelivery, pickupDelivered] = [order('delivery'), order('pickup'), order('delivery'), order('delivery'), order('pickup')];
    await seedOrder(stuck, 'preparing');
    await seedOrder(noTicket, undefined, { tickets: 0, payments: 1, deliveries: 0 });
    await seedOrder(twoPayments, undefined, { tickets: 1, payments: 2, deliveries: 1 });
    await seedOrder(noDelivery, undefined, { tickets: 1, payments: 1, deliveries: 0 });
    await seedOrder(pickupDelivered, undefined, { tickets: 1, payments: 1, deliveries: 1 });
    const duplicate = order('pickup');
    await seedOrder(duplicate);
    const absent = order('pickup');
    const all = [...clean, stuck, noTicket, twoPayments, noDelivery, pickupDelivered, absent];

    const found = await checkOrderInvariants(db, all, [customer]);
    const byInvariant = (name: string) => found.filter((v) => v.invariant === name).map((v) => v.detail).join(' | ');
    expect(byInvariant('each accepted order exists once')).toContain(duplicate.orderId);
    expect(byInvariant('each accepted order exists once')).toContain(absent.orderId);
    expect(byInvariant('no order stuck')).toContain(stuck.orderId);
    expect(byInvariant('no order stuck')).toContain('"ready<-preparing":1');
    expect(byInvariant('exactly one kitchen ticket per order')).toContain(`${noTicket.orderId}=0`);
    expect(byInvariant('exactly one payment per order')).toContain(`${twoPayments.orderId}=2`);
    expect(byInvariant('one delivery per delivery order, none for pickup')).toContain(`${noDelivery.orderId}(delivery)=0`);
    expect(byInvariant('one delivery per delivery order, none for pickup')).toContain(`${pickupDelivered.orderId}(pickup)=1`);
    for (const o of clean) expect(JSON.stringify(found)).not.toContain(o.orderId);
  });

  it('reports a ledger balance that is not the sum of its entries', async () => {
    const [good, bad] = [randomUUID(), randomUUID()];
    await db.query(`INSERT INTO payments.ledger_accounts (id, kind, owner, balance) VALUES ($1, 'wallet', 'alice', 700), ($2, 'wallet', 'bob', 1000)`, [good, bad]);
    await db.query(`INSERT INTO payments.ledger_entries (account_id, amount) VALUES ($1, 1000), ($1, -300), ($2, 1000), ($2, -300)`, [good, bad]);
    expect(await checkLedger(db)).toEqual([{ invariant: 'ledger balances equal their entries', detail: 'wallet bob: balance 1000, entries sum 700' }]);
  });

  it('reports unpublished outbox rows per schema', async () => {
    await db.query(`INSERT INTO ordering.outbox (routing_key, published_at) VALUES ('order.created', now())`);
    expect([await checkOutboxes(db), await unpublishedOutboxRows(db)]).toEqual([[], 0]);
    await db.query(`INSERT INTO kitchen.outbox (routing_key) VALUES ('ticket.opened')`);
    await db.query(`INSERT INTO payments.outbox (routing_key) VALUES ('payment.succeeded'), ('payment.succeeded')`);
    const found = await checkOutboxes(db);
    expect(found.map((v) => v.detail)).toEqual([expect.stringMatching(/^payments: 2 row\(s\) since .* \(payment\.succeeded\)$/), expect.stringMatching(/^kitchen: 1 row\(s\) since .* \(ticket\.opened\)$/)]);
    expect(await unpublishedOutboxRows(db)).toBe(3);
  });

  it('accepts exactly the injected poison messages as dead letters', () => {
    const poison = { service: 'kitchen', messageId: 'poison-1' };
    expect(checkDeadLetters([{ ...poison, reason: 'malformed' }], [poison])).toEqual([]);
    expect(checkDeadLetters([], [poison]).map((v) => v.invariant)).toEqual(['each poison message is dead-lettered once, in its service']);
    expect(checkDeadLetters([{ service: 'payments', messageId: 'poison-1', reason: '' }], [poison]).map((v) => v.invariant)).toEqual(['each poison message is dead-lettered once, in its service']);
    const extra = checkDeadLetters([{ ...poison, reason: '' }, { service: 'ordering', messageId: 'real-event', reason: 'handler failed' }], [poison]);
    expect(extra.map((v) => v.invariant)).toEqual(['dead letters are only the injected poison messages']);
    expect(extra[0].detail).toContain('real-event');
  });
});
