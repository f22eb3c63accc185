// Places orders through the gateway at a fixed concurrency and prints throughput, latency
// percentiles, how long until kitchen holds a ticket for every order, and each process's memory.
// Starts its own throwaway fleet (database platter_bench). Usage:
//   npm run bench -- [--orders 2000] [--concurrency 32] [--customers 20]
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { Fleet, SERVICES, ROOT } = require('../fleet/fleet');
const { measureBaseline } = require('./baseline/baseline');
const { arg, call, cpuMs, freshKey, percentile, rssMb } = require('./bench-kit');

/** CPU seconds (user + system) a process has used so far. */
const cpuSeconds = (pid) => cpuMs(pid) / 1000;

const ORDERS = arg('orders', 2000);
const CONCURRENCY = arg('concurrency', 32);
const CUSTOMERS = arg('customers', 20);
const WARMUP = arg('warmup', 100);

async function counter(url, handler) {
  const text = await (await fetch(url)).text();
  const line = text.split('\n').find((l) => l.startsWith('messages_total{') && l.includes(`handler="${handler}"`) && l.includes('outcome="handled"'));
  return line ? Number(line.split(' ').pop()) : 0;
}

/** Our processes plus PostgreSQL's and RabbitMQ's, to see where the CPU goes during the run. */
function cpuSample(fleet) {
  const sample = Object.fromEntries([...fleet.procs.values()].map((p) => [p.name, cpuSeconds(p.child.pid)]));
  const byCommand = { postgres: 'postgres', rabbitmq: 'beam.smp' };
  for (const [label, comm] of Object.entries(byCommand)) {
    sample[label] = 0;
    for (const pid of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
      try {
        if (fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === comm) sample[label] += cpuSeconds(pid);
      } catch {
        // gone meanwhile
      }
    }
  }
  return sample;
}

async function main() {
  const password = 'bench-password-1';
  const fleet = new Fleet({
    namespace: `bench${Date.now().toString(36)}`,
    database: 'platter_bench',
    fresh: true,
    gatewayPort: 4500,
    gateways: 1,
    // Measures throughput, not the limiter: every customer registers and orders from 127.0.0.1.
    env: { LOG_LEVEL: 'warn', RATE_LIMITS_ENABLED: 'false' },
    serviceEnv: { identity: { ADMIN_EMAIL: 'admin@bench.local', ADMIN_PASSWORD: password } },
    // --profile <service>: a V8 CPU profile of that service, written to tmp/bench/ when it stops.
    nodeArgs: process.argv.includes('--profile')
      ? { [process.argv[process.argv.indexOf('--profile') + 1]]: ['--cpu-prof', `--cpu-prof-dir=${path.join(ROOT, 'tmp', 'bench')}`] }
      : {},
  });
  console.log('starting a throwaway fleet...');
  await fleet.start();
  const [gw] = fleet.gatewayUrls;
  let result;
  try {
    const admin = await call(gw, 'POST', '/auth/login', { body: { email: 'admin@bench.local', password } });
    const owner = await call(gw, 'POST', '/auth/register', { body: { email: 'owner@bench.local', password, name: 'Owner', role: 'restaurant_owner' } });
    const restaurant = await call(gw, 'POST', '/restaurant/profile', { token: owner.tokens.access_token, body: { name: 'Bench Kitchen', address: 'Douala' } });
    const items = [];
    for (const [name, price] of [['Ndolé', 4500], ['Poulet DG', 5500], ['Bissap', 1000]]) {
      items.push(await call(gw, 'POST', '/restaurant/menu/items', { token: owner.tokens.access_token, body: { name, price } }));
    }
    await call(gw, 'POST', `/admin/restaurants/${restaurant.id}/approve`, { token: admin.tokens.access_token });
    const customers = [];
    for (let i = 0; i < CUSTOMERS; i++) {
      customers.push((await call(gw, 'POST', '/auth/register', { body: { email: `c${i}@bench.local`, password, name: `Customer ${i}` } })).tokens.access_token);
    }
    const body = (i) => ({
      restaurant_id: restaurant.id,
      items: [{ menu_item_id: items[i % 3].id, quantity: 1 + (i % 2) }, { menu_item_id: items[2].id, quantity: 1 }],
      delivery_type: 'pickup',
      payment_method: 'cash',
    });
    // Ordering's menu copy arrives by event: wait for it before measuring.
    for (let ok = false; !ok; ) {
      ok = await call(gw, 'POST', '/client/orders', { token: customers[0], body: body(0), headers: freshKey() }).then(() => true, () => false);
      if (!ok) await new Promise((r) => setTimeout(r, 200));
    }
    let placed = 1;
    const fire = async (n, record) => {
      let next = 0;
      const worker = async () => {
        while (next < n) {
          const i = next++;
          const t0 = performance.now();
          await call(gw, 'POST', '/client/orders', { token: customers[i % customers.length], body: body(i), headers: freshKey() });
          placed++;
          if (record) record.push(performance.now() - t0);
        }
      };
      await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    };
    await fire(WARMUP, null);

    const kitchenMetrics = `http://127.0.0.1:${fleet.portOf('kitchen')}/metrics`;
    const latencies = [];
    const cpuBefore = cpuSample(fleet);
    const started = performance.now();
    await fire(ORDERS, latencies);
    const elapsed = (performance.now() - started) / 1000;
    let tickets = await counter(kitchenMetrics, 'order.created');
    while (tickets < placed) {
      await new Promise((r) => setTimeout(r, 20));
      tickets = await counter(kitchenMetrics, 'order.created');
    }
    const allTicketsAfter = (performance.now() - started) / 1000;
    const cpuAfter = cpuSample(fleet);
    const cpuPerOrderMs = Object.fromEntries(
      Object.keys(cpuAfter)
        .map((k) => [k, +(((cpuAfter[k] - cpuBefore[k]) * 1000) / ORDERS).toFixed(2)])
        .sort((a, b) => b[1] - a[1]),
    );
    latencies.sort((a, b) => a - b);
    const memory = Object.fromEntries([...SERVICES.map((s) => s.name), 'gateway'].map((n) => [n, rssMb(fleet.procs.get(n).child.pid)]));
    result = {
      date: new Date().toISOString(),
      machine: `${os.cpus().length} cores (${os.cpus()[0].model}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
      orders: ORDERS,
      concurrency: CONCURRENCY,
      throughput_orders_per_s: Math.round(ORDERS / elapsed),
      latency_ms: { p50: +percentile(latencies, 50).toFixed(1), p95: +percentile(latencies, 95).toFixed(1), p99: +percentile(latencies, 99).toFixed(1), max: +latencies.at(-1).toFixed(1) },
      kitchen_has_every_ticket_after_s: +allTicketsAfter.toFixed(2),
      kitchen_lag_after_last_response_ms: Math.round((allTicketsAfter - elapsed) * 1000),
      cpu_ms_per_order: cpuPerOrderMs,
      rss_mb: memory,
    };
  } finally {
    await fleet.stop();
  }
  // The framework's floor, measured now that the fleet is stopped, at the same concurrency.
  result.baseline = await measureBaseline({ concurrency: CONCURRENCY });
  fs.mkdirSync(path.join(ROOT, 'tmp', 'bench'), { recursive: true });
  fs.writeFileSync(path.join(ROOT, 'tmp', 'bench', 'order-throughput.json'), JSON.stringify(result, null, 2));
  console.log(JSON.stringify(result, null, 2));
}

main().catch((err) => {
  console.error(`bench failed: ${err.message}`);
  process.exit(1);
});
