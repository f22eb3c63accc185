// Starts the fleet as child processes from dist/: used by `npm start` and by the e2e tests, so
// both run the same thing. Each service gets its port, its own database role and schema, and a
// namespace for its exchanges and queues (several fleets can share one broker and one server).
const amqp = require('amqplib');
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { dropDatabase, provision, serviceDatabaseUrl } = require('../db/provision');
const { declareTopology } = require('../broker/declare-topology');
const { RestartBackoff, describeExit } = require('./supervisor');

const ROOT = path.resolve(__dirname, '../..');

/** Port of each service relative to the gateway's (3000 → identity 3101 ...). */
const SERVICES = [
  { name: 'identity', offset: 101 },
  { name: 'catalog', offset: 102 },
  { name: 'ordering', offset: 103 },
  { name: 'dispatch', offset: 104 },
  { name: 'payments', offset: 105 },
  { name: 'notifications', offset: 106 },
  { name: 'marketing', offset: 107 },
  { name: 'kitchen', offset: 108 },
];

/** A gateway's ops port, after its public port (services are at 101 and above). */
const OPS_PORT_OFFSET = 50;

function sleep(ms) {
  return new Promise((r) => setTimeout(r, ms));
}

async function waitReady(url, timeoutMs, isAlive) {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  while (Date.now() < deadline) {
    if (!isAlive()) throw new Error(`process exited before ${url} was ready`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(1000) });
      if (res.ok) return;
      last = `HTTP ${res.status}`;
    } catch (err) {
      last = err.message;
    }
    await sleep(200);
  }
  throw new Error(`${url} not ready after ${timeoutMs} ms (${last})`);
}

class Fleet {
  constructor(options) {
    this.o = {
      namespace: 'platter',
      database: 'platter',
      gatewayPort: 3000,
      gateways: 1,
      adminUrl: process.env.PROVISION_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres',
      amqpUrl: process.env.AMQP_URL || 'amqp://guest:guest@127.0.0.1:5672',
      dbHost: process.env.DATABASE_HOST || '127.0.0.1',
      logDir: path.join(ROOT, 'tmp', 'logs', options.namespace || 'platter'),
      env: {},
      serviceEnv: {},
      readyTimeoutMs: 90_000,
      // Restart a process that exits on its own (`npm start`); off for test fleets, where a crash
      // must surface. `restartBackoff` tunes the delays (see supervisor.js).
      restartOnCrash: false,
      restartBackoff: {},
      log: (line) => console.log(line),
      ...options,
    };
    this.procs = new Map();
    this.backoffs = new Map();
    this.restartTimers = new Set();
    this.stopping = false;
  }

  portOf(name) {
    if (name.startsWith('gateway')) return this.o.gatewayPort + Number(name.split('-')[1] || 0);
    return this.o.gatewayPort + SERVICES.find((s) => s.name === name).offset;
  }

  get gatewayUrls() {
    return Array.from({ length: this.o.gateways }, (_, i) => `http://127.0.0.1:${this.o.gatewayPort + i}`);
  }

  /**
   * A gateway's ops port (OPS_PORT: /metrics, /health/ready, the detailed /health; the public port
   * refuses them): gateway port + 50 + instance, inside the fleet's block of a hundred ports.
   */
  opsPortOf(name = 'gateway') {
    if (!name.startsWith('gateway')) throw new Error(`${name} has no ops port: services serve /metrics and /health on their own port`);
    return this.o.gatewayPort + OPS_PORT_OFFSET + Number(name.split('-')[1] || 0);
  }

  /** Where each gateway instance serves its metrics and detailed health. */
  get gatewayOpsUrls() {
    return Array.from({ length: this.o.gateways }, (_, i) => `http://127.0.0.1:${this.opsPortOf(i ? `gateway-${i}` : 'gateway')}`);
  }

  envFor(name) {
    // Each process gets only its own credentials: never the superuser URL or other roles' passwords.
    const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'PROVISION_DATABASE_URL' && !k.startsWith('DB_PASSWORD_')));
    const common = {
      ...inherited,
      NODE_ENV: process.env.NODE_ENV === 'production' ? 'production' : 'development',
      PLATTER_NAMESPACE: this.o.namespace,
      AMQP_URL: this.o.amqpUrl,
      LOG_LEVEL: 'info',
      PORT: String(this.portOf(name)),
      ...this.o.env,
    };
    if (name.startsWith('gateway')) {
      const urls = SERVICES.map((s) => `${s.name}=http://127.0.0.1:${this.portOf(s.name)}`).join(',');
      delete common.GATEWAY_PORT;
      // serviceEnv.gateway applies to every instance, serviceEnv['gateway-1'] to that one only.
      return {
        ...common,
        SERVICE_HEALTH_URLS: urls,
        OPS_PORT: String(this.opsPortOf(name)),
        SERVICE_INSTANCE_ID: `${name}-${process.pid}`,
        ...(this.o.serviceEnv.gateway || {}),
        ...(name !== 'gateway' ? this.o.serviceEnv[name] || {} : {}),
      };
    }
    return {
      ...common,
      DATABASE_URL: serviceDatabaseUrl({ host: this.o.dbHost, database: this.o.database, service: name }),
      DATABASE_SCHEMA: name,
      ...(this.o.serviceEnv[name] || {}),
    };
  }

  spawn(name) {
    const app = name.startsWith('gateway') ? 'gateway' : name;
    fs.mkdirSync(this.o.logDir, { recursive: true });
    const logFile = path.join(this.o.logDir, `${name}.log`);
    const out = fs.openSync(logFile, 'a');
    const nodeArgs = (this.o.nodeArgs && this.o.nodeArgs[name]) || [];
    const script = this.o.scriptOf ? this.o.scriptOf(name) : path.join(ROOT, 'dist', 'apps', app, 'src', 'main.js');
    const child = spawn(process.execPath, [...nodeArgs, script], {
      cwd: ROOT,
      env: this.envFor(name),
      stdio: ['ignore', out, out],
    });
    fs.closeSync(out);
    const entry = { name, child, logFile, exited: false, stopRequested: false, startedAt: Date.now() };
    child.on('exit', (code, signal) => {
      entry.exited = true;
      this.supervise(entry, code, signal);
    });
    this.procs.set(name, entry);
    return entry;
  }

  /** A process that exited without being asked to comes back after its backoff delay (if enabled). */
  supervise(entry, code, signal) {
    if (!this.o.restartOnCrash || this.stopping || entry.stopRequested || this.procs.get(entry.name) !== entry) return;
    if (!this.backoffs.has(entry.name)) this.backoffs.set(entry.name, new RestartBackoff(this.o.restartBackoff));
    const backoff = this.backoffs.get(entry.name);
    const uptimeMs = Date.now() - entry.startedAt;
    const delayMs = backoff.next(uptimeMs);
    this.o.log(
      `[fleet] ${entry.name} crashed (${describeExit(code, signal)}) after ${(uptimeMs / 1000).toFixed(1)} s up; ` +
        `restart #${backoff.restarts} in ${(delayMs / 1000).toFixed(1)} s (log: ${entry.logFile})`,
    );
    const timer = setTimeout(() => {
      this.restartTimers.delete(timer);
      if (this.stopping || this.procs.get(entry.name) !== entry) return;
      this.spawn(entry.name);
      this.o.log(`[fleet] ${entry.name} restarted (restart #${backoff.restarts})`);
    }, delayMs);
    this.restartTimers.add(timer);
  }

  /** Resolves once the supervisor has replaced `previous` (an entry of procs) and the new process is ready. */
  async waitRestarted(name, previous, timeoutMs = this.o.readyTimeoutMs) {
    const deadline = Date.now() + timeoutMs;
    while (this.procs.get(name) === previous) {
      if (Date.now() > deadline) throw new Error(`${name} was not restarted within ${timeoutMs} ms`);
      await sleep(100);
    }
    await this.waitReady(name);
  }

  /** How many times the supervisor restarted this process. */
  restartsOf(name) {
    return this.backoffs.get(name)?.restarts ?? 0;
  }

  /** The delays the supervisor chose before each restart of this process, in order. */
  restartDelaysOf(name) {
    return [...(this.backoffs.get(name)?.delaysMs ?? [])];
  }

  /** Kills the process the way a crash would (SIGKILL, not a requested stop): the supervisor, if on, restarts it. */
  crash(name) {
    const p = this.procs.get(name);
    if (!p || p.exited) return Promise.resolve(undefined);
    const exited = new Promise((r) => p.child.once('exit', (code, sig) => r({ code, signal: sig })));
    p.child.kill('SIGKILL');
    return exited;
  }

  async start() {
    // A fresh database for throwaway fleets (tests, benchmarks); never for `npm start`.
    if (this.o.fresh) await dropDatabase({ adminUrl: this.o.adminUrl, database: this.o.database });
    await provision({ adminUrl: this.o.adminUrl, database: this.o.database });
    await declareTopology({ amqpUrl: this.o.amqpUrl, namespace: this.o.namespace });
    const names = [...SERVICES.map((s) => s.name), ...Array.from({ length: this.o.gateways }, (_, i) => (i ? `gateway-${i}` : 'gateway'))];
    for (const name of names) this.spawn(name);
    try {
      await Promise.all(names.map((n) => this.waitReady(n)));
    } catch (err) {
      await this.stop();
      throw err;
    }
    return this;
  }

  waitReady(name) {
    const probe = name.startsWith('gateway') ? '/health/live' : '/health/ready';
    // The current process of `name` on every probe: with the supervisor on, one that crashes while we
    // wait is replaced, so only a crash it will not restart (off, stopping, a requested stop) fails.
    const alive = () => {
      const p = this.procs.get(name);
      return !p.exited || (this.o.restartOnCrash && !this.stopping && !p.stopRequested);
    };
    return waitReady(`http://127.0.0.1:${this.portOf(name)}${probe}`, this.o.readyTimeoutMs, alive).catch((err) => {
      const p = this.procs.get(name);
      const tail = fs.existsSync(p.logFile) ? fs.readFileSync(p.logFile, 'utf8').split('\n').slice(-15).join('\n') : '';
      throw new Error(`${name}: ${err.message}\n${tail}`);
    });
  }

  /**
   * Stops one process on request (SIGTERM a graceful stop, SIGKILL a hard one; never restarted by
   * the supervisor: see crash()); resolves to how it exited.
   */
  async kill(name, signal = 'SIGTERM') {
    const p = this.procs.get(name);
    if (!p || p.exited) return undefined;
    p.stopRequested = true;
    const exited = new Promise((r) => p.child.once('exit', (code, sig) => r({ code, signal: sig })));
    p.child.kill(signal);
    // A process that does not stop within 10 s is killed; the timer must not outlive the process.
    const timer = setTimeout(() => p.child.kill('SIGKILL'), 10_000);
    const how = await exited;
    clearTimeout(timer);
    return how;
  }

  async restart(name) {
    await this.kill(name);
    this.spawn(name);
    await this.waitReady(name);
  }

  logOf(name) {
    return fs.readFileSync(this.procs.get(name).logFile, 'utf8');
  }

  async stop() {
    this.stopping = true;
    for (const timer of this.restartTimers) clearTimeout(timer);
    this.restartTimers.clear();
    await Promise.all([...this.procs.keys()].map((n) => this.kill(n)));
    if (this.o.fresh) await this.deleteBrokerNamespace();
  }

  /** A throwaway fleet leaves no queues behind (its database goes at the next fresh start). */
  async deleteBrokerNamespace() {
    const { Topology } = require('../../dist/libs/messaging/src');
    const delays = String(this.o.env.RETRY_DELAYS_MS || '1000,5000,30000').split(',').map(Number);
    const conn = await amqp.connect(this.o.amqpUrl);
    try {
      const ch = await conn.createChannel();
      for (const { name } of SERVICES) {
        const t = new Topology(this.o.namespace, name);
        for (const q of [t.eventsQueue, t.deadLetterQueue, t.rpcQueue, t.telemetryQueue, ...delays.map((d) => t.retryQueue(d))]) await ch.deleteQueue(q);
      }
      await ch.deleteExchange(`${this.o.namespace}.events`);
      await ch.close();
    } finally {
      await conn.close();
    }
  }
}

module.exports = { Fleet, SERVICES, ROOT };
