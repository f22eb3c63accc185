import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { api } from './http-client';
import { ExpectedOrder } from './invariants';

/**
 * Steady order traffic for the chaos tests, through the gateways in turn, as a client app would
 * send it: every order POST carries an Idempotency-Key, and a POST that failed (5xx, timeout,
 * connection refused) is retried with the same key (on the next gateway) until it is accepted.
 * A second loop walks each accepted order through the restaurant and the kitchen (accept, start,
 * ready, and complete for a pickup), retrying a move that failed, from the order's state read in
 * PostgreSQL.
 */

export interface LoadSetup {
  gateways: () => string[];
  customer: { id: string; token: string };
  owner: { token: string };
  restaurantId: string;
  itemId: string;
  db: Client;
}

interface PlacedOrder {
  key: string;
  kind: 'wallet-delivery' | 'cash-pickup';
  attempts: number;
  failures: string[];
  orderId?: string;
  abandoned?: boolean;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Every call has a deadline: a gateway cut off from the broker must not hang the load. */
export const CALL_TIMEOUT_MS = 10_000;

export class OrderLoad {
  readonly orders: PlacedOrder[] = [];
  private placing = false;
  private progressing = false;
  private readonly inFlight = new Set<Promise<void>>();
  private progressLoop?: Promise<void>;
  private next = 0;
  /** Failed HTTP calls per kind of step (a sign of the outage, not a violation by itself). */
  readonly failedCalls: Record<string, number> = {};
  private retryDeadline = Infinity;

  constructor(private readonly s: LoadSetup) {}

  private gateway(): string {
    const all = this.s.gateways();
    return all[this.next++ % all.length];
  }

  private failed(step: string, what: string): void {
    this.failedCalls[`${step} ${what}`] = (this.failedCalls[`${step} ${what}`] ?? 0) + 1;
  }

  /** Starts placing `perSecond` orders a second, and moving accepted ones along. */
  start(perSecond: number): void {
    this.placing = true;
    this.progressing = true;
    void (async () => {
      let n = 0;
      while (this.placing) {
        const kind = n++ % 2 === 0 ? 'wallet-delivery' : 'cash-pickup';
        const p = this.place(kind).finally(() => this.inFlight.delete(p));
        this.inFlight.add(p);
        await sleep(1000 / perSecond);
      }
    })();
    this.progressLoop = this.progress();
  }

  /** Stops placing new orders; retries of failed ones go on until `retryForMs` is up. */
  async stopPlacing(retryForMs: number): Promise<void> {
    this.placing = false;
    this.retryDeadline = Date.now() + retryForMs;
    await Promise.all([...this.inFlight]);
  }

  async stop(): Promise<void> {
    this.placing = false;
    this.retryDeadline = 0;
    this.progressing = false;
    await Promise.all([...this.inFlight]);
    await this.progressLoop;
  }

  body(kind: PlacedOrder['kind']) {
    const base = { restaurant_id: this.s.restaurantId, items: [{ menu_item_id: this.s.itemId, quantity: 1 }] };
    return kind === 'wallet-delivery'
      ? { ...base, delivery_type: 'delivery', delivery_address: { address: 'Akwa, Douala', latitude: 4.05, longitude: 9.7 }, payment_method: 'wallet' }
      : { ...base, delivery_type: 'pickup', payment_method: 'cash' };
  }

  private async place(kind: PlacedOrder['kind']): Promise<void> {
    const order: PlacedOrder = { key: `chaos-${randomUUID()}`, kind, attempts: 0, failures: [] };
    this.orders.push(order);
    const body = this.body(kind);
    while (!order.orderId) {
      if (Date.now() > this.retryDeadline) {
        order.abandoned = true;
        return;
      }
      order.attempts++;
      try {
        const r = await api(this.gateway(), 'POST', '/client/orders', { token: this.s.customer.token, body, idempotencyKey: order.key, timeoutMs: CALL_TIMEOUT_MS });
        if (r.status >= 200 && r.status < 300) {
          order.orderId = r.body.data.id;
          return;
        }
        order.failures.push(`${r.status} ${r.body.error?.code ?? ''}`.trim());
        this.failed('place', String(r.status));
      } catch (err) {
        order.failures.push((err as Error).message);
        this.failed('place', 'network');
      }
      await sleep(500);
    }
  }

  /** Takes an order placed before the load started (the warm-up) into the ones driven and checked. */
  adopt(key: string, orderId: string, kind: PlacedOrder['kind']): void {
    this.orders.push({ key, kind, attempts: 1, failures: [], orderId });
  }

  /** The orders the clients had accepted, with the status each was driven to. */
  expected(): ExpectedOrder[] {
    return this.orders
      .filter((o) => o.orderId)
      .map((o) => ({ key: o.key, orderId: o.orderId!, deliveryType: o.kind === 'wallet-delivery' ? 'delivery' : 'pickup', expectedStatus: o.kind === 'wallet-delivery' ? 'ready' : 'completed' }));
  }

  /** Orders not yet at the status the test drives them to. */
  async pending(): Promise<number> {
    const expected = this.expected();
    if (!expected.length) return 0;
    const { rows } = await this.s.db.query(`SELECT id::text, status FROM ordering.orders WHERE id = ANY($1::uuid[])`, [expected.map((o) => o.orderId)]);
    const status = new Map(rows.map((r: { id: string; status: string }) => [r.id, r.status]));
    return expected.filter((o) => status.get(o.orderId) !== o.expectedStatus).length;
  }

  private async progress(): Promise<void> {
    while (this.progressing) {
      try {
        await this.progressOnce();
      } catch {
        this.failed('progress', 'database');
      }
      await sleep(500);
    }
  }

  private async progressOnce(): Promise<void> {
    const expected = this.expected();
    if (!expected.length) return;
    const ids = expected.map((o) => o.orderId);
    const { rows: orders } = await this.s.db.query(`SELECT id::text, status, delivery_type FROM ordering.orders WHERE id = ANY($1::uuid[])`, [ids]);
    const { rows: tickets } = await this.s.db.query(`SELECT id::text, order_id::text, status FROM kitchen.tickets WHERE order_id = ANY($1::uuid[])`, [ids]);
    const ticketOf = new Map(tickets.map((t: { id: string; order_id: string; status: string }) => [t.order_id, t]));
    const token = this.s.owner.token;
    const moves: Array<[string, string]> = [];
    for (const o of orders as Array<{ id: string; status: string; delivery_type: string }>) {
      const t = ticketOf.get(o.id) as { id: string; status: string } | undefined;
      if (o.status === 'confirmed') moves.push(['accept', `/restaurant/orders/${o.id}/accept`]);
      else if (o.status === 'accepted' && t?.status === 'open') moves.push(['ticket start', `/kitchen/tickets/${t.id}/start`]);
      else if (o.status === 'preparing' && t?.status === 'in_progress') moves.push(['ticket ready', `/kitchen/tickets/${t.id}/ready`]);
      else if (o.status === 'ready' && o.delivery_type === 'pickup') moves.push(['complete', `/restaurant/orders/${o.id}/complete`]);
    }
    // A few at a time: the point is steady traffic, not a burst after each outage.
    for (let i = 0; i < moves.length; i += 4) {
      await Promise.all(
        moves.slice(i, i + 4).map(async ([step, path]) => {
          try {
            const r = await api(this.gateway(), 'PUT', path, { token, timeoutMs: CALL_TIMEOUT_MS });
            if (r.status >= 300) this.failed(step, String(r.status));
          } catch {
            this.failed(step, 'network');
          }
        }),
      );
    }
  }

  summary(): Record<string, unknown> {
    const accepted = this.orders.filter((o) => o.orderId);
    return {
      placed: this.orders.length,
      accepted: accepted.length,
      abandoned: this.orders.filter((o) => o.abandoned).length,
      retriedThenAccepted: accepted.filter((o) => o.attempts > 1).length,
      postFailures: this.orders.flatMap((o) => o.failures).reduce<Record<string, number>>((acc, f) => ({ ...acc, [f.slice(0, 60)]: (acc[f.slice(0, 60)] ?? 0) + 1 }), {}),
      failedCalls: { ...this.failedCalls },
    };
  }
}
