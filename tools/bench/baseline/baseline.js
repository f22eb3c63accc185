// Runs the bare NestJS-on-Fastify server in its own process and loads it like a benchmark loads
// the gateway (same client, same concurrency), so every benchmark prints its figures beside the
// framework's floor measured in the same run on the same machine.
const { fork } = require('node:child_process');
const { randomUUID } = require('node:crypto');
const path = require('node:path');
const { cpuMs, percentile, rssMb } = require('../bench-kit');

/** Throughput, latency percentiles, CPU per request and memory of the bare server at `concurrency`. */
async function measureBaseline({ requests = 5000, concurrency = 32, port = 4999 } = {}) {
  const child = fork(path.join(__dirname, 'bare-nest-server.js'), [], { env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  await new Promise((resolve, reject) => {
    child.once('message', resolve);
    child.once('exit', (code) => reject(new Error(`baseline server exited with ${code}`)));
  });
  try {
    const url = `http://127.0.0.1:${port}/api/v1/client/orders`;
    const body = JSON.stringify({ restaurant_id: 'r-1', items: [{ menu_item_id: 'm-1', quantity: 2 }, { menu_item_id: 'm-2', quantity: 1 }], delivery_type: 'pickup', payment_method: 'cash' });
    const one = async () => {
      // The same request a Platter client sends, Idempotency-Key included.
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'Idempotency-Key': randomUUID() }, body });
      if (res.status !== 201) throw new Error(`baseline answered ${res.status}`);
      await res.text();
    };
    for (let i = 0; i < 500; i++) await one(); // warm-up
    const latencies = [];
    const cpuBefore = cpuMs(child.pid);
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < requests) {
          next++;
          const t0 = performance.now();
          await one();
          latencies.push(performance.now() - t0);
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    return {
      what: 'bare NestJS 12 on Fastify, one POST route, same client and concurrency',
      requests,
      concurrency,
      throughput_per_s: Math.round(requests / seconds),
      latency_ms: { p50: +percentile(latencies, 50).toFixed(2), p95: +percentile(latencies, 95).toFixed(2), p99: +percentile(latencies, 99).toFixed(2) },
      cpu_ms_per_request: +((cpuMs(child.pid) - cpuBefore) / requests).toFixed(3),
      rss_mb: rssMb(child.pid),
    };
  } finally {
    child.kill();
  }
}

module.exports = { measureBaseline };

if (require.main === module) {
  measureBaseline({ requests: Number(process.argv[2] || 5000), concurrency: Number(process.argv[3] || 32) }).then(
    (r) => console.log(JSON.stringify(r, null, 2)),
    (err) => {
      console.error(`baseline failed: ${err.message}`);
      process.exit(1);
    },
  );
}
