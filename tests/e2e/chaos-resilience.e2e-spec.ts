import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { api, eventually } from './support/http-client';
import { CALL_TIMEOUT_MS, OrderLoad } from './support/chaos-load';
import {
  checkDeadLetters,
  checkLedger,
  checkOrderInvariants,
  checkOutboxes,
  injectPoisonMessage,
  openDatabase,
  peekDeadLetters,
  terminateConnections,
  unpublishedOutboxRows,
  Violation,
} from './support/invariants';
import { LiveWorld } from './support/live-tracking';
import { TcpProxy } from './support/tcp-proxy';
import { useTestFleet } from './support/test-fleet';

const run = Date.now().toString(36);
const namespace = `e2echaos${run}`;
const database = 'platter_e2e_chaos';
const AMQP_URL = process.env.AMQP_URL ?? 'amqp://guest:guest@127.0.0.1:5672';
const PROXY_PORT = 5690;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const report: Record<string, unknown> = {};

/**
 * Chaos through the gateway: wallet-paid delivery and cash pickup orders placed at a steady rate
 * (each POST with an Idempotency-Key, a failed one retried with the same key) and walked through
 * the restaurant and the kitchen, while in turn: consumer services are SIGKILLed (the fleet's
 * supervisor restarts them); one gateway's broker link is cut and refused for a few seconds (a
 * TCP proxy between it and RabbitMQ); ordering's, payments' and kitchen's database sessions are
 * terminated; RabbitMQ itself is stopped and started. Once the traffic has settled: every
 * accepted order exists once, with one kitchen ticket, one payment, one delivery when it is
 * delivered, at the status it was driven to; ledger balances equal their entries and the wallet
 * was charged once per order; no outbox row is left unpublished; the one poison message injected
 * is the only dead letter. One fleet, scenarios in sequence (stopping RabbitMQ disturbs every
 * fleet on the broker: hold the e2e lock).
 */
describe('chaos: orders keep their invariants through crashes, broker and database outages', () => {
  const proxy = new TcpProxy(PROXY_PORT, { host: '127.0.0.1', port: Number(new URL(AMQP_URL).port || 5672) });
  beforeAll(() => proxy.start());
  afterAll(() => proxy.stop());

  const proxied = new URL(AMQP_URL);
  proxied.host = proxy.url;
  const e2e = useTestFleet({
    namespace,
    database,
    gatewayPort: 5600,
    gateways: 2,
    restartOnCrash: true,
    env: { RATE_LIMITS_ENABLED: 'false' },
    serviceEnv: { 'gateway-1': { AMQP_URL: proxied.toString() } },
  });
  const gateways = () => [e2e.gateway(0), e2e.gateway(1)];
  const world = new LiveWorld(() => e2e.gateway(0), run);

  let db: Client;
  let load: OrderLoad;
  let customer: { id: string; token: string };
  const WALLET_CREDIT = 5_000_000;
  const poisonId = `chaos-poison-${run}`;

  afterAll(async () => {
    await load?.stop();
    await db?.end();
    console.log(`chaos summary (${namespace}):\n${JSON.stringify(report, null, 2)}`);
  });

  it('sets up a restaurant, a funded customer, a poison message, and starts the traffic', async () => {
    db = await openDatabase(database, e2e.fleet.o.adminUrl);
    const admin = await world.admin();
    const kitchen = await world.restaurant('Chaos');
    customer = await world.register('customer', 'Chaos', { phone: '+237670000901' });
    const credit = await api(e2e.gateway(), 'POST', `/admin/wallets/${customer.id}/credit`, { token: admin, body: { amount: WALLET_CREDIT, reason: 'chaos funding' } });
    expect([credit.status, credit.body.error]).toEqual([expect.any(Number), undefined]);
    load = new OrderLoad({ gateways, customer, owner: kitchen.owner, restaurantId: kitchen.restaurantId, itemId: kitchen.itemId, db });

    // The menu reaches ordering through events: the first order waits for it.
    // Each try under a new key: a refusal (menu not there yet) is a final answer for its key.
    let warmKey = '';
    const warm = await eventually(
      () => api(e2e.gateway(), 'POST', '/client/orders', { token: customer.token, body: load.body('cash-pickup'), idempotencyKey: (warmKey = `chaos-warmup-${randomUUID()}`), timeoutMs: CALL_TIMEOUT_MS }),
      (r) => r.status === 201,
      30_000,
      500,
    );
    load.adopt(warmKey, warm.body.data.id, 'cash-pickup');

    await injectPoisonMessage(AMQP_URL, namespace, 'kitchen', poisonId);
    load.start(3);
    await sleep(5_000);
    report.setup = { ...load.summary() };
  });

  it('a. survives kitchen (twice) and payments being SIGKILLed mid-traffic: the supervisor restarts them, backing off', async () => {
    const crashes: Array<Record<string, unknown>> = [];
    for (const service of ['kitchen', 'payments', 'kitchen']) {
      const before = e2e.fleet.procs.get(service);
      const t0 = Date.now();
      const how = await e2e.fleet.crash(service);
      const crashedAt = Date.now();
      expect(how).toEqual({ code: null, signal: 'SIGKILL' });
      await e2e.fleet.waitRestarted(service, before, 90_000);
      crashes.push({
        service,
        signal: how.signal,
        delayMs: e2e.fleet.restartDelaysOf(service).at(-1),
        respawnedAfterMs: e2e.fleet.procs.get(service).startedAt - crashedAt,
        backInMs: Date.now() - t0,
        restarts: e2e.fleet.restartsOf(service),
      });
      await sleep(3_000);
    }
    report.a = crashes;
    expect([e2e.fleet.restartsOf('kitchen'), e2e.fleet.restartsOf('payments')]).toEqual([2, 1]);
    // The supervisor's own choice: the second kitchen crash, within a minute of the first restart,
    // waits twice as long (1 s, then 2 s); payments' first crash waits 1 s.
    expect([e2e.fleet.restartDelaysOf('kitchen'), e2e.fleet.restartDelaysOf('payments')]).toEqual([[1_000, 2_000], [1_000]]);
    // And each restart did wait its delay (a few ms of slack: the timer is set just before crash() resolves).
    for (const c of crashes) expect(c.respawnedAfterMs as number).toBeGreaterThanOrEqual((c.delayMs as number) - 50);
    await sleep(2_000);
  });

  it('d. serves again through gateway-1 within seconds after its broker link is cut and refused', async () => {
    const wallet = () => api(e2e.gateway(1), 'GET', '/client/wallet', { token: customer.token, timeoutMs: 3_000 }).catch((err: Error) => ({ status: 0, body: { raw: err.message } }));
    expect((await wallet()).status).toBe(200);
    const cut = proxy.accepted;
    await proxy.refuse(5_000);
    const restored = Date.now();
    let last: { status: number } = { status: 0 };
    while (Date.now() - restored < 30_000) {
      last = await wallet();
      if (last.status === 200) break;
      await sleep(250);
    }
    const servedAfterMs = Date.now() - restored;
    report.d = { refusedMs: 5_000, connectionsBefore: cut, reconnections: proxy.accepted - cut, servedAgainAfterMs: servedAfterMs, lastStatus: last.status };
    expect(last.status).toBe(200);
    expect(servedAfterMs).toBeLessThan(10_000);
  });

  it("c. survives ordering's, payments' and kitchen's database sessions being terminated", async () => {
    const terminated: Record<string, number> = {};
    for (const service of ['ordering', 'payments', 'kitchen']) {
      terminated[service] = await terminateConnections(db, database, service);
      await sleep(3_000);
    }
    // Each service's pool reconnects: ready again, and an order goes through.
    for (const service of ['ordering', 'payments', 'kitchen']) await e2e.fleet.waitReady(service);
    const t0 = Date.now();
    const order = await eventually(
      () => api(e2e.gateway(), 'GET', '/client/orders?limit=1', { token: customer.token, timeoutMs: CALL_TIMEOUT_MS }).catch(() => ({ status: 0, body: {} })),
      (r) => r.status === 200,
      20_000,
      250,
    );
    report.c = { terminated, ordersReadableAfterMs: Date.now() - t0 };
    expect(order.status).toBe(200);
    expect(terminated.ordering).toBeGreaterThan(0);
    await sleep(3_000);
  });

  it('b. survives RabbitMQ being stopped for ~7 s and started again', async () => {
    const t0 = Date.now();
    execFileSync('rabbitmqctl', ['stop_app'], { stdio: 'ignore', timeout: 60_000 });
    const stoppedAt = Date.now();
    try {
      await sleep(7_000);
    } finally {
      execFileSync('rabbitmqctl', ['start_app'], { stdio: 'ignore', timeout: 60_000 });
    }
    const startedAt = Date.now();
    const placed = await eventually(
      () => api(e2e.gateway(), 'GET', '/client/wallet', { token: customer.token, timeoutMs: 3_000 }).catch(() => ({ status: 0, body: {} })),
      (r) => r.status === 200,
      60_000,
      250,
    );
    report.b = { stopAppMs: stoppedAt - t0, outageMs: startedAt - stoppedAt, gatewayServedAgainAfterMs: Date.now() - startedAt };
    expect(placed.status).toBe(200);
    await sleep(10_000);
  });

  it('holds every invariant once the traffic has settled', async () => {
    await load.stopPlacing(45_000);
    const settleStart = Date.now();
    let pending = -1;
    let unpublished = -1;
    while (Date.now() - settleStart < 90_000) {
      pending = await load.pending();
      unpublished = await unpublishedOutboxRows(db);
      if (pending === 0 && unpublished === 0) break;
      await sleep(1_000);
    }
    await load.stop();
    report.settle = { settledInMs: Date.now() - settleStart, pendingOrders: pending, unpublishedOutboxRows: unpublished, ...load.summary() };

    const violations: Violation[] = [];
    const expected = load.expected();
    violations.push(...(await checkOrderInvariants(db, expected, [customer.id])));
    violations.push(...(await checkLedger(db)));
    violations.push(...(await checkOutboxes(db)));

    // The wallet paid each wallet order once: the credit less their totals.
    const walletIds = expected.filter((o) => o.deliveryType === 'delivery').map((o) => o.orderId);
    const { rows } = await db.query(`SELECT coalesce(sum(total_amount), 0)::int AS total FROM ordering.orders WHERE id = ANY($1::uuid[]) AND payment_method = 'wallet'`, [walletIds]);
    const wallet = await api(e2e.gateway(), 'GET', '/client/wallet', { token: customer.token });
    if (wallet.body.data?.balance !== WALLET_CREDIT - rows[0].total) {
      violations.push({ invariant: 'the wallet is charged once per wallet order', detail: `balance ${wallet.body.data?.balance}, expected ${WALLET_CREDIT} - ${rows[0].total} = ${WALLET_CREDIT - rows[0].total}` });
    }

    violations.push(...checkDeadLetters(await peekDeadLetters(AMQP_URL, namespace), [{ service: 'kitchen', messageId: poisonId }]));

    report.invariants = { orders: expected.length, violations };
    expect(expected.length).toBeGreaterThan(50);
    expect(violations).toEqual([]);
  });
});
