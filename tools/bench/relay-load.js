// Live tracking under load: a throwaway fleet with TWO gateways; N drivers each holding one delivery
// (placed, accepted, prepared, ready, taken and picked up through the API) for one of M customers,
// the other customers connected and idle; sockets split across the gateways (each driver on the other
// gateway than its customer). Every driver sends a position over its socket every second for S seconds.
// Measures delivery latency (driver emit → its customer's driver_location_update, one clock: this
// process), what was sent, acknowledged, received, superseded (a later position of the same driver
// arrived instead: throttled/coalesced on the way) and lost; connect time; and the CPU and memory of
// both gateways, dispatch and RabbitMQ. Database platter_bench_relay. Usage:
//   npm run bench:relay -- [--drivers 1000] [--customers 10000] [--seconds 60] [--port 10000]
//                          [--concurrency 32] [--connect-concurrency 100]
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const amqp = require('amqplib');
const { io } = require('socket.io-client');
const { Fleet, ROOT } = require('../fleet/fleet');
const { arg, call, cpuMs, freshKey, percentile, rssMb } = require('./bench-kit');

const DRIVERS = arg('drivers', 1000);
const CUSTOMERS = Math.max(arg('customers', 10_000), DRIVERS);
const SECONDS = arg('seconds', 60);
const PORT = arg('port', 10_000);
const CONCURRENCY = arg('concurrency', 32);
const CONNECT_CONCURRENCY = arg('connect-concurrency', 100);
const GRACE_MS = 3000;
const password = 'bench-password-1';
const RESTAURANT = { lat: 4.04, lng: 9.69 };

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const summary = (values) => {
  if (!values.length) return { n: 0 };
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p) => +percentile(sorted, p).toFixed(1);
  return { n: sorted.length, p50: at(50), p95: at(95), p99: at(99), max: +sorted.at(-1).toFixed(1) };
};
const log = (msg) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${msg}`);

/** Runs one(i) for i in [0, n) with `concurrency` workers; logs progress every 10 %. */
async function pool(label, n, concurrency, one) {
  let next = 0;
  let done = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: Math.min(concurrency, n) }, async () => {
      while (next < n) {
        const i = next++;
        await one(i);
        if (++done % Math.max(1, Math.round(n / 10)) === 0) log(`${label}: ${done}/${n}`);
      }
    }),
  );
  return (performance.now() - started) / 1000;
}

/** Retries a call that may run ahead of an event (copies, statuses) on 4xx answers that say "not yet". */
async function retrying(fn, { tries = 300, delayMs = 100, retryOn = /: (404|409|422) / } = {}) {
  for (let i = 0; ; i++) {
    try {
      return await fn();
    } catch (err) {
      if (i >= tries || !retryOn.test(err.message)) throw err;
      await sleep(delayMs);
    }
  }
}

/** CPU (ms) and RSS of a pid; RabbitMQ's beam.smp found by name. */
function findPid(comm) {
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (fs.readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === comm) return Number(entry);
    } catch {
      // gone
    }
  }
  return null;
}

/** The machine's busy and total CPU time (all cores) so far, in ticks (/proc/stat). */
function machineCpu() {
  const [, ...fields] = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
  const v = fields.map(Number);
  const idle = v[3] + (v[4] || 0);
  const total = v.reduce((a, b) => a + b, 0);
  return { busy: total - idle, total };
}

/** CPU (ms) so far of every process named `comm` (PostgreSQL's backends), by pid. */
function cpuMsOfAll(comm) {
  const out = new Map();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (fs.readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === comm) out.set(entry, cpuMs(Number(entry)));
    } catch {
      // gone
    }
  }
  return out;
}

/** CPU spent between two cpuMsOfAll() samples by the processes alive at the second (a backend that exited in between is missed). */
function cpuMsBetween(before, after) {
  let sum = 0;
  for (const [pid, ms] of after) sum += ms - (before.get(pid) ?? 0);
  return sum;
}

async function metricsOf(url, pattern) {
  try {
    const text = await (await fetch(`${url}/metrics`)).text();
    return text.split('\n').filter((l) => pattern.test(l) && !l.startsWith('#'));
  } catch (err) {
    return [`unreachable: ${err.message}`];
  }
}

async function connect(url, token) {
  const socket = io(url, { auth: { token }, transports: ['websocket'], reconnection: false, forceNew: true, timeout: 60_000 });
  const t0 = performance.now();
  await new Promise((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('connect_error', reject);
  });
  return { socket, ms: performance.now() - t0 };
}

async function main() {
  const fleet = new Fleet({
    namespace: `benchrelay${Date.now().toString(36)}`,
    database: 'platter_bench_relay',
    fresh: true,
    gatewayPort: PORT,
    gateways: 2,
    env: { LOG_LEVEL: 'warn', RATE_LIMITS_ENABLED: 'false' },
    serviceEnv: {
      // Thousands of accounts: the cheapest Argon2 identity accepts, and tokens that outlive the run.
      identity: { ADMIN_EMAIL: 'admin@bench.local', ADMIN_PASSWORD: password, ARGON2_MEMORY_KIB: '8192', ARGON2_TIME_COST: '1', ACCESS_TOKEN_TTL_SECONDS: '14400' },
      // One delivery per driver, offers that move on quickly if a driver is slow to claim.
      dispatch: { MAX_ACTIVE_DELIVERIES: '1', OFFER_TIMEOUT_SECONDS: '5', OFFER_ROUND_PAUSE_SECONDS: '1', POOL_RECHECK_SECONDS: '1' },
    },
  });
  // Stopped early (Ctrl-C, timeout): the fleet goes with it.
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      log(`${signal}: stopping the fleet`);
      fleet.stop().finally(() => process.exit(130));
    });
  }
  log(`starting a throwaway fleet (gateways on ${PORT} and ${PORT + 1})...`);
  await fleet.start();
  const [gwA, gwB] = fleet.gatewayUrls;
  const gw = gwA;
  const sockets = [];
  try {
    const admin = (await call(gw, 'POST', '/auth/login', { body: { email: 'admin@bench.local', password } })).tokens.access_token;
    await call(gw, 'POST', '/auth/register', { body: { email: 'owner@bench.local', password, name: 'Owner', role: 'restaurant_owner' } });
    let owner = (await call(gw, 'POST', '/auth/login', { body: { email: 'owner@bench.local', password } })).tokens.access_token;
    const restaurant = await call(gw, 'POST', '/restaurant/profile', { token: owner, body: { name: 'Bench Kitchen', address: 'Douala', latitude: RESTAURANT.lat, longitude: RESTAURANT.lng } });
    const item = await call(gw, 'POST', '/restaurant/menu/items', { token: owner, body: { name: 'Ndolé', price: 4500 } });
    await call(gw, 'POST', '/restaurant/zones', {
      token: owner,
      body: { name: 'Douala', polygon: [[9.5, 3.8], [9.9, 3.8], [9.9, 4.3], [9.5, 4.3]], delivery_fee: 1000, estimated_minutes: 30 },
    });
    await call(gw, 'POST', `/admin/restaurants/${restaurant.id}/approve`, { token: admin });
    owner = (await call(gw, 'POST', '/auth/login', { body: { email: 'owner@bench.local', password } })).tokens.access_token;

    // ---- Accounts.
    const customers = new Array(CUSTOMERS);
    const registerSeconds = await pool('customers registered', CUSTOMERS, CONCURRENCY, async (i) => {
      const reg = await call(gw, 'POST', '/auth/register', { body: { email: `c${i}@bench.local`, password, name: `Customer ${i}` } });
      customers[i] = { id: reg.user.id, token: reg.tokens.access_token };
    });
    const drivers = new Array(DRIVERS);
    await pool('drivers registered and approved', DRIVERS, CONCURRENCY, async (i) => {
      const reg = await call(gw, 'POST', '/auth/register', { body: { email: `d${i}@bench.local`, password, name: `Driver ${i}`, role: 'driver' } });
      const token = reg.tokens.access_token;
      await retrying(() => call(gw, 'PUT', '/driver/profile', { token, body: { vehicle_type: 'motorbike', vehicle_plate: `LT ${1000 + i} A` } }));
      await call(gw, 'POST', `/admin/drivers/${reg.user.id}/approve`, { token: admin });
      await call(gw, 'PUT', '/driver/availability', { token, body: { online: true } });
      await call(gw, 'PUT', '/driver/location', { token, body: { lat: RESTAURANT.lat + (i % 50) * 1e-4, lng: RESTAURANT.lng + Math.floor(i / 50) * 1e-4 } });
      drivers[i] = { id: reg.user.id, token, index: i };
    });

    // Drivers' sockets first: offers reach them as order_offered. Drivers alternate between the gateways.
    const connectMs = [];
    const driverSockets = new Array(DRIVERS);
    let disconnects = 0;
    const driverGateway = (i) => (i % 2 ? gwB : gwA);
    const driverConnectStarted = performance.now();
    await pool('driver sockets', DRIVERS, CONNECT_CONCURRENCY, async (i) => {
      const { socket, ms } = await connect(driverGateway(i), drivers[i].token);
      connectMs.push(ms);
      sockets.push(socket);
      driverSockets[i] = socket;
      socket.on('disconnect', () => disconnects++);
    });
    const driverConnectSeconds = (performance.now() - driverConnectStarted) / 1000;

    // ---- One delivery order per driver, brought to "picked up" through the API.
    const body = () => ({
      restaurant_id: restaurant.id,
      items: [{ menu_item_id: item.id, quantity: 1 }],
      delivery_type: 'delivery',
      delivery_address: { address: 'Akwa, Douala', latitude: 4.05, longitude: 9.7 },
      payment_method: 'cash',
    });
    const orders = new Array(DRIVERS);
    await retrying(() => call(gw, 'POST', '/client/orders', { token: customers[0].token, body: body(), headers: freshKey() }).then((o) => (orders[0] = o)), { tries: 600, retryOn: /: (404|409|422) / });
    await pool('orders placed', DRIVERS - 1, CONCURRENCY, async (j) => {
      const i = j + 1;
      orders[i] = await call(gw, 'POST', '/client/orders', { token: customers[i].token, body: body(), headers: freshKey() });
    });
    await pool('orders accepted, prepared, ready', DRIVERS, CONCURRENCY, async (i) => {
      for (const step of ['accept', 'preparing', 'ready']) {
        await retrying(() => call(gw, 'PUT', `/restaurant/orders/${orders[i].id}/${step}`, { token: owner }), { retryOn: /: (409|422) / });
      }
    });
    // Drivers claim what they are offered (order_offered on their socket) or find in the pool, until
    // each holds one, then pick it up.
    const held = new Map(); // driver index → order id
    await new Promise((resolve, reject) => {
      let remaining = DRIVERS;
      const deadline = setTimeout(() => reject(new Error(`${remaining} drivers found nothing to take in 10 minutes`)), 600_000);
      drivers.forEach((d, i) => {
        let busy = false;
        // Under a burst an answer may time out (504) after the work was done: what the driver holds decides.
        const holding = async () => (await call(gw, 'GET', '/driver/orders/current', { token: d.token }).catch(() => []))[0];
        const pickUp = async (orderId) => {
          for (let attempt = 0; attempt < 100; attempt++) {
            try {
              return await call(gw, 'PUT', `/driver/orders/${orderId}/pickup`, { token: d.token });
            } catch (err) {
              if (!/: (409|422|503|504) /.test(err.message)) throw err;
              const now = await holding();
              if (now && now.order_id === orderId && now.status !== 'assigned') return now;
              await sleep(300);
            }
          }
          throw new Error(`driver ${i} could not pick up ${orderId}`);
        };
        /** The driver holds `orderId` now: pick it up, count it. */
        const adopt = async (orderId) => {
          held.set(i, orderId);
          await pickUp(orderId);
          if (--remaining % Math.max(1, Math.round(DRIVERS / 10)) === 0) log(`drivers holding a delivery (picked up): ${DRIVERS - remaining}/${DRIVERS}`);
          if (remaining === 0) {
            clearTimeout(deadline);
            resolve();
          }
        };
        const take = async (orderId) => {
          if (busy || held.has(i)) return;
          busy = true;
          try {
            let taken = await call(gw, 'POST', `/driver/orders/${orderId}/accept`, { token: d.token }).then(() => orderId, (err) => (/: 5\d\d /.test(err.message) ? null : undefined));
            if (taken === null) taken = (await holding())?.order_id;
            if (taken) await adopt(taken);
          } catch (err) {
            if (held.has(i)) reject(err);
          } finally {
            busy = false;
          }
        };
        driverSockets[i].on('order_offered', (p) => void take(p.orderId));
        const poll = async () => {
          if (held.has(i)) return;
          // An accept that failed (timeout, deadlock) may have been taken after all.
          const now = await holding();
          if (now && !busy && !held.has(i)) {
            busy = true;
            return void adopt(now.order_id)
              .catch(reject)
              .finally(() => (busy = false));
          }
          const listed = await call(gw, 'GET', '/driver/orders/available', { token: d.token }).catch(() => []);
          for (const o of listed) if (!held.has(i)) await take(o.order_id);
          setTimeout(() => void poll(), 3000 + Math.random() * 3000);
        };
        setTimeout(() => void poll(), Math.random() * 5000);
      });
    });

    // ---- Customers' sockets: each customer with a delivery on the other gateway than its driver; the idle ones alternate.
    // Order i was placed by customer i.
    const orderIndex = new Map(orders.map((o, i) => [o.id, i]));
    const pairs = drivers.map((d) => ({ driver: d, orderId: held.get(d.index), customer: orderIndex.get(held.get(d.index)) }));
    const customerGateway = new Map(pairs.map((p) => [p.customer, driverGateway(p.driver.index) === gwA ? gwB : gwA]));
    const gatewayOfCustomer = (i) => customerGateway.get(i) ?? (i % 2 ? gwB : gwA);
    const watched = new Set(pairs.map((p) => p.customer));
    const received = new Map(); // orderId → Map(tick → receive time)
    let strayUpdates = 0;
    log(`connecting ${CUSTOMERS} customer sockets...`);
    const connectStarted = performance.now();
    const customerSockets = new Array(CUSTOMERS);
    await pool('customer sockets', CUSTOMERS, CONNECT_CONCURRENCY, async (i) => {
      const { socket, ms } = await connect(gatewayOfCustomer(i), customers[i].token);
      connectMs.push(ms);
      sockets.push(socket);
      customerSockets[i] = socket;
      socket.on('disconnect', () => disconnects++);
      socket.on('driver_location_update', (p) => {
        const now = performance.now();
        if (!watched.has(i)) return void strayUpdates++;
        const tick = Math.round((p.lat - 3.9) / 1e-5);
        let m = received.get(p.orderId);
        if (!m) received.set(p.orderId, (m = new Map()));
        if (!m.has(tick)) m.set(tick, now);
      });
    });
    const connectSeconds = (performance.now() - connectStarted) / 1000 + driverConnectSeconds;
    log(`${sockets.length} sockets connected in ${connectSeconds.toFixed(1)} s`);
    // One position per driver first: the first after pickup puts each delivery in transit (a transaction,
    // events to ordering and the customer); the run measures the steady state after that burst.
    driverSockets.forEach((socket) => socket.emit('driver_location', { lat: RESTAURANT.lat, lng: RESTAURANT.lng }));
    await sleep(10_000);
    received.clear();

    // A side queue on the events exchange splits the latency: gateway (reported_at) → broker, and
    // gateway → dispatch → broker (driver.location-updated carries the reported time as recorded_at).
    const tap = await amqp.connect(process.env.AMQP_URL || 'amqp://guest:guest@127.0.0.1:5672');
    const tapCh = await tap.createChannel();
    const tapQ = await tapCh.assertQueue('', { exclusive: true, autoDelete: true });
    for (const key of ['driver.location-reported', 'driver.location-updated']) await tapCh.bindQueue(tapQ.queue, `${fleet.o.namespace}.events`, key);
    const tapLag = { 'driver.location-reported': [], 'driver.location-updated': [] };
    let tapping = false;
    await tapCh.consume(tapQ.queue, (msg) => {
      if (!tapping || !msg) return;
      const e = JSON.parse(msg.content.toString());
      const since = e.payload.reported_at ?? e.payload.recorded_at;
      tapLag[e.type]?.push(Date.now() - Date.parse(since));
    }, { noAck: true });

    // ---- The run: each driver, at its own phase within the second, sends one position per second.
    const pids = {
      gateway: fleet.procs.get('gateway').child.pid,
      'gateway-1': fleet.procs.get('gateway-1').child.pid,
      dispatch: fleet.procs.get('dispatch').child.pid,
      rabbitmq: findPid('beam.smp'),
    };
    const cpuBefore = Object.fromEntries(Object.entries(pids).map(([k, pid]) => [k, pid ? cpuMs(pid) : 0]));
    const benchCpuBefore = process.cpuUsage();
    const machineBefore = machineCpu();
    const postgresBefore = cpuMsOfAll('postgres');
    const fleetBefore = Object.fromEntries([...fleet.procs.values()].map((p) => [p.name, cpuMs(p.child.pid)]));
    const sentAt = pairs.map(() => new Map()); // per driver: tick → emit time
    let acked = 0;
    let ackErrors = 0;
    const ackErrorCodes = {};
    const timers = [];
    const runStarted = performance.now();
    tapping = true;
    let sent = 0;
    const ackMs = [];
    const rssPeak = {};
    const sampleRss = setInterval(() => {
      for (const [k, pid] of Object.entries(pids)) if (pid) rssPeak[k] = Math.max(rssPeak[k] ?? 0, rssMb(pid) ?? 0);
    }, 1000);
    await new Promise((resolve) => {
      let finished = 0;
      pairs.forEach((pair, i) => {
        let tick = 0;
        const phase = (i / pairs.length) * 1000;
        const lng = 9.6 + i * 1e-4;
        const send = () => {
          if (performance.now() - runStarted >= SECONDS * 1000) {
            if (++finished === pairs.length) resolve();
            return;
          }
          const t = tick++;
          const lat = +(3.9 + t * 1e-5).toFixed(5);
          sentAt[i].set(t, performance.now());
          sent++;
          const emittedAt = performance.now();
          driverSockets[i].emit('driver_location', { lat, lng, heading: 90, speed: 30 }, (ack) => {
            ackMs.push(performance.now() - emittedAt);
            if (ack?.ok) acked++;
            else {
              ackErrors++;
              const code = ack?.error?.code ?? 'NO_ACK';
              ackErrorCodes[code] = (ackErrorCodes[code] ?? 0) + 1;
            }
          });
          timers[i] = setTimeout(send, Math.max(0, runStarted + phase + tick * 1000 - performance.now()));
        };
        timers[i] = setTimeout(send, phase);
      });
    });
    const runSeconds = (performance.now() - runStarted) / 1000;
    await sleep(GRACE_MS);
    tapping = false;
    await tap.close().catch(() => undefined);
    clearInterval(sampleRss);
    const cpuAfter = Object.fromEntries(Object.entries(pids).map(([k, pid]) => [k, pid ? cpuMs(pid) : 0]));
    const benchCpu = process.cpuUsage(benchCpuBefore);
    const machineAfter = machineCpu();
    const postgresCpu = cpuMsBetween(postgresBefore, cpuMsOfAll('postgres'));
    const fleetCpu = Object.fromEntries([...fleet.procs.values()].map((p) => [p.name, cpuMs(p.child.pid) - fleetBefore[p.name]]));
    const elapsed = runSeconds + GRACE_MS / 1000;

    // ---- What arrived.
    const latencies = [];
    const steadyLatencies = [];
    let receivedCount = 0;
    let superseded = 0;
    let lost = 0;
    pairs.forEach((pair, i) => {
      const got = received.get(pair.orderId) ?? new Map();
      const lastReceived = Math.max(-1, ...got.keys());
      for (const [tick, t0] of sentAt[i]) {
        const t1 = got.get(tick);
        if (t1 !== undefined) {
          receivedCount++;
          latencies.push(t1 - t0);
          if (t0 - runStarted >= 10_000) steadyLatencies.push(t1 - t0);
        } else if (tick < lastReceived) superseded++;
        else lost++;
      }
    });
    const result = {
      date: new Date().toISOString(),
      machine: `${os.cpus().length} cores (${os.cpus()[0].model}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
      drivers: DRIVERS,
      customers: CUSTOMERS,
      idle_customers: CUSTOMERS - DRIVERS,
      sockets: sockets.length,
      seconds: SECONDS,
      setup: { register_customers_per_s: Math.round(CUSTOMERS / registerSeconds) },
      connect: { total_s: +connectSeconds.toFixed(1), per_socket_ms: summary(connectMs) },
      positions: {
        sent,
        sent_per_s: Math.round(sent / runSeconds),
        acked,
        ack_errors: ackErrors,
        ack_error_codes: ackErrorCodes,
        received: receivedCount,
        superseded_by_a_later_one: superseded,
        lost,
        stray_updates_to_idle_customers: strayUpdates,
      },
      latency_ms: summary(latencies),
      latency_after_first_10_s_ms: summary(steadyLatencies),
      latency_split_ms: {
        emit_to_ack: summary(ackMs),
        gateway_to_broker_reported: summary(tapLag['driver.location-reported']),
        gateway_to_dispatch_to_broker_updated: summary(tapLag['driver.location-updated']),
      },
      disconnects,
      cpu_percent_of_one_core: Object.fromEntries(Object.keys(pids).filter((k) => pids[k]).map((k) => [k, Math.round(((cpuAfter[k] - cpuBefore[k]) / 10) / elapsed)])),
      machine_busy_percent_of_both_cores: Math.round((100 * (machineAfter.busy - machineBefore.busy)) / (machineAfter.total - machineBefore.total)),
      postgres_cpu_percent_of_one_core: Math.round(postgresCpu / 10 / elapsed),
      other_services_cpu_percent_of_one_core: Object.fromEntries(
        Object.entries(fleetCpu).filter(([k]) => !k.startsWith('gateway') && k !== 'dispatch').map(([k, v]) => [k, Math.round(v / 10 / elapsed)]),
      ),
      bench_process_cpu_percent: Math.round((benchCpu.user + benchCpu.system) / 1e4 / elapsed),
      rss_peak_mb: { ...rssPeak, bench_process: Math.round(process.memoryUsage().rss / 2 ** 20) },
      // Each gateway's metrics are on its ops port (the public one refuses /metrics).
      gateway_metrics: {
        [gwA]: await metricsOf(fleet.gatewayOpsUrls[0], /^realtime_(positions|sockets_connected)/),
        [gwB]: await metricsOf(fleet.gatewayOpsUrls[1], /^realtime_(positions|sockets_connected)/),
      },
      dispatch_metrics: await metricsOf(`http://127.0.0.1:${fleet.portOf('dispatch')}`, /^(driver_positions_total|driver_location_events_total|telemetry_published_total|driver_positions_flush_seconds_(sum|count)|messages_total\{[^}]*driver\.location)/),
    };
    fs.mkdirSync(path.join(ROOT, 'tmp', 'bench'), { recursive: true });
    fs.writeFileSync(path.join(ROOT, 'tmp', 'bench', 'relay-load.json'), JSON.stringify(result, null, 2));
    console.log(JSON.stringify(result, null, 2));
    timers.forEach((t) => clearTimeout(t));
  } finally {
    sockets.forEach((s) => s.close());
    await fleet.stop();
  }
}

main().catch((err) => {
  console.error(`bench failed: ${err.stack || err.message}`);
  process.exit(1);
});
