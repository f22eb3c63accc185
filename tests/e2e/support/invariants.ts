import * as amqp from 'amqplib';
import { Client } from 'pg';

/**
 * What must hold in a test fleet's database and broker once the traffic has settled, whatever
 * broke in between: read straight from PostgreSQL (one schema per service) and from the broker's
 * dead-letter queues, never through the services under test.
 */

/** The schemas with an outbox (every service but the gateway). */
export const SERVICE_SCHEMAS = ['identity', 'catalog', 'ordering', 'dispatch', 'payments', 'notifications', 'marketing', 'kitchen'];

export interface ExpectedOrder {
  /** The Idempotency-Key the client placed it with (each key placed exactly one order). */
  key: string;
  orderId: string;
  deliveryType: 'delivery' | 'pickup';
  /** The status the test drove it to. */
  expectedStatus: string;
}

export interface Violation {
  invariant: string;
  detail: string;
}

/** The superuser URL test fleets provision with (PROVISION_DATABASE_URL, read as tools/fleet/fleet.js reads it). */
export const ADMIN_DATABASE_URL = process.env.PROVISION_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

/** `database` on the server of `adminUrl` (a fleet's `o.adminUrl`), as that superuser. */
export async function openDatabase(database: string, adminUrl: string = ADMIN_DATABASE_URL): Promise<Client> {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  const client = new Client({ connectionString: url.toString(), application_name: 'chaos-invariants' });
  await client.connect();
  return client;
}

/** Rows per order id of a `<schema>.<table>` keyed by order_id. */
async function countByOrder(db: Client, table: string, orderIds: string[]): Promise<Map<string, number>> {
  const { rows } = await db.query(`SELECT order_id::text AS id, count(*)::int AS n FROM ${table} WHERE order_id = ANY($1::uuid[]) GROUP BY order_id`, [orderIds]);
  return new Map(rows.map((r: { id: string; n: number }) => [r.id, r.n]));
}

/**
 * Every invariant over the orders a test placed (and the customers it placed them for); returns
 * the violations, empty when all hold.
 */
export async function checkOrderInvariants(db: Client, orders: ExpectedOrder[], customerIds: string[]): Promise<Violation[]> {
  const out: Violation[] = [];
  const ids = orders.map((o) => o.orderId);

  // Accepted once: as many orders in ordering as keys the clients had accepted, the same ids.
  const placed = await db.query(`SELECT id::text, status FROM ordering.orders WHERE customer_id = ANY($1::uuid[])`, [customerIds]);
  const inDb = new Map<string, string>(placed.rows.map((r: { id: string; status: string }) => [r.id, r.status]));
  const unexpected = [...inDb.keys()].filter((id) => !ids.includes(id));
  if (unexpected.length) out.push({ invariant: 'each accepted order exists once', detail: `${unexpected.length} order(s) no accepted key answered with (duplicates of retried keys?): ${unexpected.slice(0, 5).join(', ')}` });
  const missing = ids.filter((id) => !inDb.has(id));
  if (missing.length) out.push({ invariant: 'each accepted order exists once', detail: `${missing.length} accepted order(s) absent from ordering.orders: ${missing.slice(0, 5).join(', ')}` });
  const sameKeyTwice = orders.filter((o, i) => orders.findIndex((p) => p.orderId === o.orderId) !== i);
  if (sameKeyTwice.length) out.push({ invariant: 'each accepted order exists once', detail: `different keys answered with the same order: ${sameKeyTwice.map((o) => o.key).join(', ')}` });

  const stuck = orders.filter((o) => inDb.has(o.orderId) && inDb.get(o.orderId) !== o.expectedStatus);
  if (stuck.length) {
    const byStatus = stuck.reduce<Record<string, number>>((acc, o) => ({ ...acc, [`${o.expectedStatus}<-${inDb.get(o.orderId)}`]: (acc[`${o.expectedStatus}<-${inDb.get(o.orderId)}`] ?? 0) + 1 }), {});
    out.push({ invariant: 'no order stuck', detail: `${stuck.length} order(s) short of their status (expected<-actual: ${JSON.stringify(byStatus)}), e.g. ${stuck.slice(0, 3).map((o) => o.orderId).join(', ')}` });
  }

  const tickets = await countByOrder(db, 'kitchen.tickets', ids);
  const badTickets = orders.filter((o) => tickets.get(o.orderId) !== 1);
  if (badTickets.length) out.push({ invariant: 'exactly one kitchen ticket per order', detail: `${badTickets.length} order(s): ${badTickets.slice(0, 5).map((o) => `${o.orderId}=${tickets.get(o.orderId) ?? 0}`).join(', ')}` });

  const payments = await countByOrder(db, 'payments.payments', ids);
  const badPayments = orders.filter((o) => payments.get(o.orderId) !== 1);
  if (badPayments.length) out.push({ invariant: 'exactly one payment per order', detail: `${badPayments.length} order(s): ${badPayments.slice(0, 5).map((o) => `${o.orderId}=${payments.get(o.orderId) ?? 0}`).join(', ')}` });

  const deliveries = await countByOrder(db, 'dispatch.deliveries', ids);
  const badDeliveries = orders.filter((o) => (deliveries.get(o.orderId) ?? 0) !== (o.deliveryType === 'delivery' ? 1 : 0));
  if (badDeliveries.length) out.push({ invariant: 'one delivery per delivery order, none for pickup', detail: `${badDeliveries.length} order(s): ${badDeliveries.slice(0, 5).map((o) => `${o.orderId}(${o.deliveryType})=${deliveries.get(o.orderId) ?? 0}`).join(', ')}` });

  return out;
}

/** Every ledger account's balance equals the sum of its entries (wallets included). */
export async function checkLedger(db: Client): Promise<Violation[]> {
  const { rows } = await db.query(`
    SELECT a.kind, a.owner, a.balance::bigint AS balance, coalesce(sum(e.amount), 0)::bigint AS entries
      FROM payments.ledger_accounts a LEFT JOIN payments.ledger_entries e ON e.account_id = a.id
     GROUP BY a.id HAVING a.balance <> coalesce(sum(e.amount), 0)`);
  return rows.map((r: { kind: string; owner: string; balance: string; entries: string }) => ({
    invariant: 'ledger balances equal their entries',
    detail: `${r.kind} ${r.owner}: balance ${r.balance}, entries sum ${r.entries}`,
  }));
}

interface UnpublishedOutbox {
  schema: string;
  n: number;
  oldest: Date | null;
  keys: string[] | null;
}

/** Each service schema's unpublished outbox rows: how many, since when, which routing keys. */
async function unpublishedOutboxes(db: Client): Promise<UnpublishedOutbox[]> {
  const out: UnpublishedOutbox[] = [];
  for (const schema of SERVICE_SCHEMAS) {
    const { rows } = await db.query(`SELECT count(*)::int AS n, min(created_at) AS oldest, array_agg(DISTINCT routing_key) AS keys FROM ${schema}.outbox WHERE published_at IS NULL`);
    out.push({ schema, ...rows[0] });
  }
  return out;
}

/** No outbox row left unpublished, in any service's schema. */
export async function checkOutboxes(db: Client): Promise<Violation[]> {
  return (await unpublishedOutboxes(db))
    .filter((o) => o.n)
    .map((o) => ({ invariant: 'no outbox row left unpublished', detail: `${o.schema}: ${o.n} row(s) since ${new Date(o.oldest!).toISOString()} (${o.keys!.join(', ')})` }));
}

export async function unpublishedOutboxRows(db: Client): Promise<number> {
  return (await unpublishedOutboxes(db)).reduce((sum, o) => sum + o.n, 0);
}

export interface DeadLetterSeen {
  service: string;
  messageId: string;
  reason: string;
}

/**
 * Peeks every service's dead-letter queue (messages taken without ack and released when the
 * channel closes, so nothing is consumed).
 */
export async function peekDeadLetters(amqpUrl: string, namespace: string): Promise<DeadLetterSeen[]> {
  const conn = await amqp.connect(amqpUrl);
  const seen: DeadLetterSeen[] = [];
  try {
    for (const service of SERVICE_SCHEMAS) {
      const ch = await conn.createChannel();
      const queue = `${namespace}.${service}.dlq`;
      try {
        await ch.checkQueue(queue);
        for (;;) {
          const msg = await ch.get(queue, { noAck: false });
          if (!msg) break;
          seen.push({ service, messageId: String(msg.properties.messageId ?? ''), reason: String(msg.properties.headers?.['x-death-reason'] ?? '') });
        }
      } finally {
        await ch.close().catch(() => undefined);
      }
    }
  } finally {
    await conn.close();
  }
  return seen;
}

/** The dead letters are exactly the poison messages the test injected, each once, where it was injected. */
export function checkDeadLetters(dead: DeadLetterSeen[], injected: Array<{ service: string; messageId: string }>): Violation[] {
  const out: Violation[] = [];
  const others = dead.filter((d) => !injected.some((i) => i.messageId === d.messageId));
  if (others.length) out.push({ invariant: 'dead letters are only the injected poison messages', detail: `${others.length} other(s): ${JSON.stringify(others.slice(0, 5))}` });
  for (const i of injected) {
    const found = dead.filter((d) => d.messageId === i.messageId);
    if (found.length !== 1 || found[0].service !== i.service) out.push({ invariant: 'each poison message is dead-lettered once, in its service', detail: `${i.messageId} (${i.service}): ${JSON.stringify(found)}` });
  }
  return out;
}

/** Publishes a message no consumer can parse straight into a service's events queue. */
export async function injectPoisonMessage(amqpUrl: string, namespace: string, service: string, messageId: string): Promise<void> {
  const conn = await amqp.connect(amqpUrl);
  try {
    const ch = await conn.createConfirmChannel();
    ch.sendToQueue(`${namespace}.${service}.events`, Buffer.from(`{ this is not an envelope: ${messageId}`), { messageId, persistent: true, type: 'order.created', contentType: 'application/json' });
    await ch.waitForConfirms();
    await ch.close();
  } finally {
    await conn.close();
  }
}

/** Ends the PostgreSQL sessions one service holds in a database; returns how many. */
export async function terminateConnections(db: Client, database: string, applicationName: string): Promise<number> {
  const { rows } = await db.query(`SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity WHERE datname = $1 AND application_name = $2 AND pid <> pg_backend_pid()`, [database, applicationName]);
  return rows.filter((r: { ok: boolean }) => r.ok).length;
}
