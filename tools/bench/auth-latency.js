// Measures identity through the gateway: logins (Argon2id-bound), refresh rotations, and
// authenticated reads (JWT verification at the gateway plus one RPC), each at a fixed concurrency.
// Prints throughput, p50/p95/p99 and memory. Starts its own throwaway fleet (database
// platter_bench_auth). Usage:
//   npm run bench:auth -- [--users 40] [--logins 200] [--refreshes 400] [--reads 4000] [--concurrency 16]
const os = require('node:os');
const fs = require('node:fs');
const { Fleet } = require('../fleet/fleet');

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

const USERS = Math.max(arg('users', 40), arg('concurrency', 16));
const LOGINS = arg('logins', 200);
const REFRESHES = arg('refreshes', 400);
const READS = arg('reads', 4000);
const CONCURRENCY = arg('concurrency', 16);
const password = 'bench-password-1';

async function call(base, method, p, { token, body } = {}) {
  const res = await fetch(`${base}/api/v1${p}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const json = await res.json();
  if (res.status >= 400) throw new Error(`${method} ${p}: ${res.status} ${JSON.stringify(json.error)}`);
  return json.data;
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function rssMb(pid) {
  try {
    return Math.round(Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024);
  } catch {
    return null;
  }
}

/** Runs `total` calls of `one(i)` with CONCURRENCY workers; returns throughput and latency percentiles. */
async function measure(label, total, one) {
  const latencies = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < total) {
        const i = next++;
        const t0 = performance.now();
        await one(i);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const ms = (v) => `${v.toFixed(1)} ms`;
  console.log(
    `${label.padEnd(22)} ${String(total).padStart(5)} calls  ${(total / seconds).toFixed(0).padStart(5)}/s  ` +
      `p50 ${ms(percentile(latencies, 50))}  p95 ${ms(percentile(latencies, 95))}  p99 ${ms(percentile(latencies, 99))}`,
  );
}

async function main() {
  const fleet = new Fleet({
    namespace: `benchauth${Date.now().toString(36)}`,
    database: 'platter_bench_auth',
    fresh: true,
    gatewayPort: 4600,
    // Measures identity, not the limiter: every call comes from 127.0.0.1.
    env: { LOG_LEVEL: 'warn', RATE_LIMITS_ENABLED: 'false' },
  });
  console.log('starting a throwaway fleet...');
  await fleet.start();
  const [gw] = fleet.gatewayUrls;
  try {
    const users = [];
    for (let i = 0; i < USERS; i++) {
      const r = await call(gw, 'POST', '/auth/register', { body: { email: `u${i}@bench.local`, password, name: `User ${i}` } });
      users.push({ email: `u${i}@bench.local`, access: r.tokens.access_token, refresh: r.tokens.refresh_token });
    }
    console.log(`machine: ${os.cpus().length} cores (${os.cpus()[0].model}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}; concurrency ${CONCURRENCY}`);
    await measure('POST /auth/login', LOGINS, (i) => call(gw, 'POST', '/auth/login', { body: { email: users[i % USERS].email, password } }));
    // A user's refresh token is presented by one worker at a time: a second presentation is a
    // reuse, which (by design) revokes the family.
    const idle = [...users];
    await measure('POST /auth/refresh', REFRESHES, async () => {
      const user = idle.shift();
      const r = await call(gw, 'POST', '/auth/refresh', { body: { refresh_token: user.refresh } });
      user.refresh = r.tokens.refresh_token;
      user.access = r.tokens.access_token;
      idle.push(user);
    });
    await measure('GET /users/me', READS, (i) => call(gw, 'GET', '/users/me', { token: users[i % USERS].access }));
    await measure('GET /public/restaurants', READS, () => call(gw, 'GET', '/public/restaurants'));
    const memory = ['gateway', 'identity'].map((name) => `${name} ${rssMb(fleet.procs.get(name).child.pid)} MB`);
    console.log(`resident memory after the run: ${memory.join(', ')}`);
  } finally {
    await fleet.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
