// What every benchmark script needs: its options, a client for the gateway, percentiles, and what
// a process has cost (CPU, memory) read from /proc. One copy, so the figures are measured alike.
const fs = require('node:fs');
const { randomUUID } = require('node:crypto');

/** `--name value` from the command line as a number, or the fallback. */
function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

/**
 * The Idempotency-Key a call goes out with: like client SDKs, every POST sends a fresh one (the
 * gateway requires it on order placements and money POSTs) unless `idempotencyKey` names one (a
 * retry) or is null (none); a key given in `headers` wins.
 */
function idempotencyHeader(method, headers = {}, idempotencyKey) {
  if (Object.keys(headers).some((h) => h.toLowerCase() === 'idempotency-key') || idempotencyKey === null) return {};
  if (idempotencyKey !== undefined) return { 'Idempotency-Key': idempotencyKey };
  return method.toUpperCase() === 'POST' ? freshKey() : {};
}

/** One JSON call through the gateway; throws on 4xx/5xx. Answers the envelope's data and the body's size. */
async function callWithSize(base, method, p, { token, body, headers, idempotencyKey } = {}) {
  const res = await fetch(`${base}/api/v1${p}`, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...idempotencyHeader(method, headers, idempotencyKey),
      ...headers,
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  if (res.status >= 400) throw new Error(`${method} ${p}: ${res.status} ${text.slice(0, 300)}`);
  return { data: JSON.parse(text).data, bytes: text.length };
}

/** One JSON call through the gateway; the envelope's data. */
async function call(base, method, p, options) {
  return (await callWithSize(base, method, p, options)).data;
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** User + system CPU time of a process so far, in ms (Linux's clock tick is 100 Hz); 0 once it is gone. */
function cpuMs(pid) {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

function rssMb(pid) {
  try {
    return Math.round(Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024);
  } catch {
    return null;
  }
}

/**
 * Runs `total` calls of `one(i)` with `concurrency` workers; prints throughput, latency percentiles
 * and, for each of `pids` ({name: pid}), the CPU it spent per call.
 */
async function measure(label, total, one, { concurrency, pids = {} }) {
  const cpuBefore = Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, cpuMs(pid)]));
  const latencies = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
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
    `${label.padEnd(30)} ${String(total).padStart(5)} calls  ${(total / seconds).toFixed(0).padStart(5)}/s  ` +
      `p50 ${ms(percentile(latencies, 50))}  p95 ${ms(percentile(latencies, 95))}  p99 ${ms(percentile(latencies, 99))}`,
  );
  const perCall = Object.entries(pids).map(([name, pid]) => `${name} ${((cpuMs(pid) - cpuBefore[name]) / total).toFixed(2)} ms`);
  if (perCall.length) console.log(`${''.padEnd(30)} CPU per call: ${perCall.join(', ')}`);
}

/** A fresh Idempotency-Key header (what call() sends on a POST by default). */
function freshKey() {
  return { 'Idempotency-Key': randomUUID() };
}

module.exports = { arg, call, callWithSize, freshKey, percentile, cpuMs, rssMb, measure };
