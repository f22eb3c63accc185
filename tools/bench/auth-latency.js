// Measures identity through the gateway: logins (Argon2id-bound), refresh rotations, and
// authenticated reads (JWT verification at the gateway plus one RPC), each at a fixed concurrency.
// Prints throughput, p50/p95/p99 and memory. Starts its own throwaway fleet (database
// platter_bench_auth). Usage:
//   npm run bench:auth -- [--users 40] [--logins 200] [--refreshes 400] [--reads 4000] [--concurrency 16]
const os = require('node:os');
const { Fleet } = require('../fleet/fleet');
const { arg, call, measure, rssMb } = require('./bench-kit');

const USERS = Math.max(arg('users', 40), arg('concurrency', 16));
const LOGINS = arg('logins', 200);
const REFRESHES = arg('refreshes', 400);
const READS = arg('reads', 4000);
const CONCURRENCY = arg('concurrency', 16);
const password = 'bench-password-1';

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
    await measure('POST /auth/login', LOGINS, (i) => call(gw, 'POST', '/auth/login', { body: { email: users[i % USERS].email, password } }), { concurrency: CONCURRENCY });
    // A user's refresh token is presented by one worker at a time: a second presentation is a
    // reuse, which (by design) revokes the family.
    const idle = [...users];
    await measure('POST /auth/refresh', REFRESHES, async () => {
      const user = idle.shift();
      const r = await call(gw, 'POST', '/auth/refresh', { body: { refresh_token: user.refresh } });
      user.refresh = r.tokens.refresh_token;
      user.access = r.tokens.access_token;
      idle.push(user);
    }, { concurrency: CONCURRENCY });
    await measure('GET /users/me', READS, (i) => call(gw, 'GET', '/users/me', { token: users[i % USERS].access }), { concurrency: CONCURRENCY });
    await measure('GET /public/restaurants', READS, () => call(gw, 'GET', '/public/restaurants'), { concurrency: CONCURRENCY });
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
