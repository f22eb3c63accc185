// Order placement through the gateway with the whole saga running: wallet-paid delivery orders are
// placed at a fixed concurrency (payments debits the wallet, ordering confirms), then a share of them
// is driven to completion by restaurant, kitchen and driver calls, as the apps would. Prints placement
// throughput and latency, how long payment confirmation takes after the HTTP answer, the time each
// order spends in the platform's own steps to completion, and each process's CPU and memory.
// Starts its own throwaway fleet (database platter_bench_saga). Usage:
//   npm run bench:saga -- [--orders 1000] [--concurrency 32] [--customers 20] [--complete 200] [--drivers 10]
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { io } = require('socket.io-client');
const { Fleet, SERVICES, ROOT } = require('../fleet/fleet');
const { measureBaseline } = require('./baseline/baseline');
const { arg, call, cpuMs, percentile, rssMb } = require('./bench-kit');

const ORDERS = arg('orders', 1000);
const CONCURRENCY = arg('concurrency', 32);
const CUSTOMERS = arg('customers', 20);
const COMPLETE = arg('complete', 200);
const DRIVERS = arg('drivers', 10);
const WARMUP = arg('warmup', 50);

const summary = (values) => {
  // Only measured figures count: `--complete 0` leaves the completion figures empty, and a value
  // that is not a number (a time never heard) would sort last and break toFixed on the maximum.
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  const missing = values.length - sorted.length;
  if (sorted.length === 0) return { n: 0, ...(missing ? { missing } : {}) };
  const at = (p) => +percentile(sorted, p).toFixed(1);
  return { n: sorted.length, ...(missing ? { missing } : {}), p50: at(50), p95: at(95), p99: at(99), max: +sorted.at(-1).toFixed(1) };
};

/** Resolves when `status` is heard for an order on a customer's socket (or was heard already). */
class StatusWatch {
  constructor() {
    this.heard = new Map(); // `${orderId}:${status}` → time heard
    this.waiters = new Map();
  }
  attach(socket) {
    socket.on('order_status_update', (p) => {
      const key = `${p.orderId}:${p.status}`;
      this.heard.set(key, performance.now());
      this.waiters.get(key)?.();
    });
  }
  when(orderId, status, timeoutMs = 60_000) {
    const key = `${orderId}:${status}`;
    if (this.heard.has(key)) return Promise.resolve(this.heard.get(key));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`order ${orderId} not ${status} within ${timeoutMs} ms`)), timeoutMs);
      this.waiters.set(key, () => {
        clearTimeout(timer);
        this.waiters.delete(key);
        resolve(this.heard.get(key));
      });
    });
  }
}

/** Which driver each order was offered to (`order_offered` on the driver's socket), and when. */
class OfferWatch {
  constructor() {
    this.offered = new Map(); // orderId → { driver, at }
    this.waiters = new Map();
  }
  heard(orderId, driver) {
    if (!this.offered.has(orderId)) this.offered.set(orderId, { driver, at: performance.now() });
    this.waiters.get(orderId)?.();
  }
  when(orderId, timeoutMs = 60_000) {
    if (this.offered.has(orderId)) return Promise.resolve(this.offered.get(orderId));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`order ${orderId} not offered to any driver within ${timeoutMs} ms`)), timeoutMs);
      this.waiters.set(orderId, () => {
        clearTimeout(timer);
        this.waiters.delete(orderId);
        resolve(this.offered.get(orderId));
      });
    });
  }
}

async function main() {
  const password = 'bench-password-1';
  const fleet = new Fleet({
    namespace: `benchsaga${Date.now().toString(36)}`,
    database: 'platter_bench_saga',
    fresh: true,
    gatewayPort: 4500,
    gateways: 1,
    env: { LOG_LEVEL: 'warn', RATE_LIMITS_ENABLED: 'false' },
    serviceEnv: {
      identity: { ADMIN_EMAIL: 'admin@bench.local', ADMIN_PASSWORD: password },
      // The completion phase starts once every order is placed and confirmed: on a slow or busy
      // machine that is past the restaurant's default acceptance window, and the saga's watchdog would
      // cancel orders the bench is about to accept. The bench measures the platform, not its timeouts.
      ordering: { ORDER_ACCEPT_TIMEOUT_SECONDS: '7200', ORDER_PREPARATION_START_SECONDS: '7200' },
    },
  });
  console.log('starting a throwaway fleet...');
  await fleet.start();
  const [gw] = fleet.gatewayUrls;
  const sockets = [];
  let result;
  try {
    const admin = (await call(gw, 'POST', '/auth/login', { body: { email: 'admin@bench.local', password } })).tokens.access_token;
    await call(gw, 'POST', '/auth/register', { body: { email: 'owner@bench.local', password, name: 'Owner', role: 'restaurant_owner' } });
    let owner = (await call(gw, 'POST', '/auth/login', { body: { email: 'owner@bench.local', password } })).tokens.access_token;
    const restaurant = await call(gw, 'POST', '/restaurant/profile', { token: owner, body: { name: 'Bench Kitchen', address: 'Douala', latitude: 4.04, longitude: 9.69 } });
    const items = [];
    for (const [name, price] of [['Ndolé', 4500], ['Poulet DG', 5500], ['Bissap', 1000]]) {
      items.push(await call(gw, 'POST', '/restaurant/menu/items', { token: owner, body: { name, price } }));
    }
    await call(gw, 'POST', '/restaurant/zones', {
      token: owner,
      body: { name: 'Douala', polygon: [[9.6, 3.95], [9.8, 3.95], [9.8, 4.15], [9.6, 4.15]], delivery_fee: 1000, estimated_minutes: 30 },
    });
    await call(gw, 'POST', `/admin/restaurants/${restaurant.id}/approve`, { token: admin });
    owner = (await call(gw, 'POST', '/auth/login', { body: { email: 'owner@bench.local', password } })).tokens.access_token;

    const watch = new StatusWatch();
    const customers = [];
    for (let i = 0; i < CUSTOMERS; i++) {
      const reg = await call(gw, 'POST', '/auth/register', { body: { email: `c${i}@bench.local`, password, name: `Customer ${i}` } });
      // Enough for every order the bench places.
      await call(gw, 'POST', `/admin/wallets/${reg.user.id}/credit`, { token: admin, body: { amount: 10_000_000, reason: 'benchmark funds' } });
      const socket = io(gw, { auth: { token: reg.tokens.access_token }, transports: ['websocket'], reconnection: false });
      await new Promise((resolve, reject) => (socket.once('connect', resolve), socket.once('connect_error', reject)));
      watch.attach(socket);
      sockets.push(socket);
      customers.push(reg.tokens.access_token);
    }
    const drivers = [];
    const offers = new OfferWatch();
    for (let i = 0; i < DRIVERS; i++) {
      const reg = await call(gw, 'POST', '/auth/register', { body: { email: `d${i}@bench.local`, password, name: `Driver ${i}`, role: 'driver' } });
      // Only approved drivers go online: a vehicle on file, then the admin's approval.
      await call(gw, 'PUT', '/driver/profile', { token: reg.tokens.access_token, body: { vehicle_type: 'motorbike', vehicle_plate: `LT ${1000 + i} B` } });
      await call(gw, 'POST', `/admin/drivers/${reg.user.id}/approve`, { token: admin });
      await call(gw, 'PUT', '/driver/availability', { token: reg.tokens.access_token, body: { online: true } });
      // Dispatch offers each ready delivery to one driver at a time: the driver app hears it on its socket.
      const socket = io(gw, { auth: { token: reg.tokens.access_token }, transports: ['websocket'], reconnection: false });
      await new Promise((resolve, reject) => (socket.once('connect', resolve), socket.once('connect_error', reject)));
      socket.on('order_offered', (p) => offers.heard(p.orderId, i));
      sockets.push(socket);
      drivers.push(reg.tokens.access_token);
    }

    const body = (i) => ({
      restaurant_id: restaurant.id,
      items: [{ menu_item_id: items[i % 3].id, quantity: 1 + (i % 2) }, { menu_item_id: items[2].id, quantity: 1 }],
      delivery_type: 'delivery',
      delivery_address: { address: 'Akwa, Douala', latitude: 4.05, longitude: 9.7 },
      payment_method: 'wallet',
    });
    // Each placement is a new order: call() sends each POST with a fresh Idempotency-Key (ordering requires one).
    const placeOrder = (token, orderBody) => call(gw, 'POST', '/client/orders', { token, body: orderBody });
    // Ordering's copies of the menu and zone arrive by event: wait for them before measuring.
    for (let ok = false; !ok; ) {
      ok = await placeOrder(customers[0], body(0)).then(() => true, () => false);
      if (!ok) await new Promise((r) => setTimeout(r, 200));
    }

    const orders = [];
    const place = async (n, record) => {
      let next = 0;
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          while (next < n) {
            const i = next++;
            const t0 = performance.now();
            const order = await placeOrder(customers[i % customers.length], body(i));
            const answered = performance.now();
            if (record) orders.push({ order, t0, answered, latency: answered - t0 });
          }
        }),
      );
    };
    await place(WARMUP, false);

    const cpuBefore = Object.fromEntries([...fleet.procs.values()].map((p) => [p.name, cpuMs(p.child.pid)]));
    const started = performance.now();
    await place(ORDERS, true);
    const placingSeconds = (performance.now() - started) / 1000;
    const confirmedAt = await Promise.all(orders.map((o) => watch.when(o.order.id, 'confirmed')));
    const allConfirmedSeconds = (performance.now() - started) / 1000;
    const cpuAfterPlacing = Object.fromEntries([...fleet.procs.values()].map((p) => [p.name, cpuMs(p.child.pid)]));

    // Drive a share of them to completion: restaurant, kitchen, then whichever driver dispatch offers the
    // delivery to, each step awaited on the customer's socket. As many orders move at once as there are drivers.
    const sample = orders.slice(0, Math.min(COMPLETE, orders.length));
    const platformMs = [];
    let nextOrder = 0;
    const completeStarted = performance.now();
    // Each step: the call, until the customer's socket hears the status it leads to.
    const stepMs = {};
    await Promise.all(
      drivers.map(async () => {
        while (nextOrder < sample.length) {
          const { order } = sample[nextOrder++];
          let spent = 0;
          const step = async (label, action, status) => {
            const t0 = performance.now();
            const result = await action();
            const t1 = await watch.when(order.id, status);
            (stepMs[label] ??= []).push(t1 - t0);
            spent += t1 - t0;
            return result;
          };
          await step('restaurant_accept→accepted', () => call(gw, 'PUT', `/restaurant/orders/${order.id}/accept`, { token: owner }), 'accepted');
          let tickets = [];
          while (!tickets.length) tickets = await call(gw, 'GET', `/kitchen/tickets?order_id=${order.id}`, { token: owner });
          await step('ticket_start→preparing', () => call(gw, 'PUT', `/kitchen/tickets/${tickets[0].id}/start`, { token: owner }), 'preparing');
          await step('ticket_ready→ready', () => call(gw, 'PUT', `/kitchen/tickets/${tickets[0].id}/ready`, { token: owner }), 'ready');
          // From `ready` on the customer's socket until the offer reaches a driver's socket.
          const readyAt = await watch.when(order.id, 'ready');
          const offered = await offers.when(order.id);
          (stepMs['ready→order_offered'] ??= []).push(Math.max(0, offered.at - readyAt));
          spent += Math.max(0, offered.at - readyAt);
          const driver = drivers[offered.driver];
          await step('driver_accept→assigned', () => call(gw, 'POST', `/driver/orders/${order.id}/accept`, { token: driver }), 'assigned');
          await step('pickup→picked_up', () => call(gw, 'PUT', `/driver/orders/${order.id}/pickup`, { token: driver }), 'picked_up');
          await step('first_location→in_transit', () => call(gw, 'PUT', '/driver/location', { token: driver, body: { lat: 4.045, lng: 9.695 } }), 'in_transit');
          await step('deliver→completed', () => call(gw, 'PUT', `/driver/orders/${order.id}/deliver`, { token: driver, body: { delivery_code: order.delivery_code } }), 'completed');
          platformMs.push(spent);
        }
      }),
    );
    const completeSeconds = (performance.now() - completeStarted) / 1000;
    // Settlement follows order.completed: wait until payments holds a commission record for every completed order.
    const settledFrom = performance.now();
    let commissionRecords = 0;
    while (commissionRecords < sample.length && performance.now() - settledFrom < 30_000) {
      commissionRecords = (await call(gw, 'GET', `/admin/reports/commissions?restaurant_id=${restaurant.id}&limit=1`, { token: admin })).pagination.total;
      if (commissionRecords < sample.length) await new Promise((r) => setTimeout(r, 50));
    }
    const settledAfterMs = Math.round(performance.now() - settledFrom);

    const perOrder = (after, before, n) =>
      Object.fromEntries(Object.keys(after).map((k) => [k, n > 0 ? +(((after[k] ?? 0) - (before[k] ?? 0)) / n).toFixed(2) : null]).sort((a, b) => b[1] - a[1]));
    result = {
      date: new Date().toISOString(),
      machine: `${os.cpus().length} cores (${os.cpus()[0].model}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
      orders: ORDERS,
      concurrency: CONCURRENCY,
      placement: {
        throughput_orders_per_s: Math.round(ORDERS / placingSeconds),
        http_latency_ms: summary(orders.map((o) => o.latency)),
        // The wallet debit's round trip: order.created → payments → payment.succeeded → ordering → socket.
        confirmed_after_answer_ms: summary(orders.map((o, i) => confirmedAt[i] - o.answered)),
        every_order_confirmed_after_s: +allConfirmedSeconds.toFixed(2),
        cpu_ms_per_order: perOrder(cpuAfterPlacing, cpuBefore, ORDERS),
      },
      completion: {
        orders_completed: sample.length,
        drivers: DRIVERS,
        completed_per_s: completeSeconds > 0 ? +(sample.length / completeSeconds).toFixed(1) : null,
        // Time the platform spends on one order's nine calls and their events, human pauses excluded.
        platform_time_per_order_ms: summary(platformMs),
        step_ms: Object.fromEntries(Object.entries(stepMs).map(([k, v]) => [k, summary(v)])),
        commission_records: commissionRecords,
        every_commission_recorded_after_last_completion_ms: settledAfterMs,
      },
      rss_mb: Object.fromEntries([...SERVICES.map((s) => s.name), 'gateway'].map((n) => [n, rssMb(fleet.procs.get(n).child.pid)])),
    };
  } finally {
    sockets.forEach((s) => s.close());
    await fleet.stop();
  }
  // The framework's floor, measured now that the fleet is stopped, at the same concurrency.
  result.baseline = await measureBaseline({ concurrency: CONCURRENCY });
  fs.mkdirSync(path.join(ROOT, 'tmp', 'bench'), { recursive: true });
  fs.writeFileSync(path.join(ROOT, 'tmp', 'bench', 'order-saga.json'), JSON.stringify(result, null, 2));
  console.log(JSON.stringify(result, null, 2));
}

main().catch((err) => {
  console.error(`bench failed: ${err.message}`);
  process.exit(1);
});
