import { randomUUID } from 'node:crypto';

/** A client app's view of the gateway: JSON in, envelope out. */
export interface ApiResponse<T = any> {
  status: number;
  headers: Headers;
  body: { success: boolean; data: T; message?: string; error?: { code: string; message: string; details?: Array<{ field: string; message: string }> }; pagination?: any; requestId?: string; timestamp: string };
}

export interface ApiOptions {
  token?: string;
  body?: unknown;
  headers?: Record<string, string>;
  rawBody?: string;
  /**
   * The Idempotency-Key of a POST. Like client SDKs, every POST sends a fresh one unless told: a
   * string sends that key (a retry), null sends none (to see the gateway refuse it). A key given in
   * `headers` wins.
   */
  idempotencyKey?: string | null;
  /** Aborts the request after this long (rejects with a TimeoutError): a call to a cut-off gateway must not hang. */
  timeoutMs?: number;
}

/** The Idempotency-Key header a request goes out with, if any. */
function idempotencyHeader(method: string, opts: ApiOptions): Record<string, string> {
  if (Object.keys(opts.headers ?? {}).some((h) => h.toLowerCase() === 'idempotency-key')) return {};
  if (opts.idempotencyKey === null) return {};
  if (opts.idempotencyKey !== undefined) return { 'Idempotency-Key': opts.idempotencyKey };
  return method.toUpperCase() === 'POST' ? { 'Idempotency-Key': randomUUID() } : {};
}

export async function api<T = any>(baseUrl: string, method: string, path: string, opts: ApiOptions = {}): Promise<ApiResponse<T>> {
  const res = await fetch(`${baseUrl}/api/v1${path}`, {
    method,
    headers: {
      ...(opts.body !== undefined || opts.rawBody !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
      ...idempotencyHeader(method, opts),
      ...opts.headers,
    },
    body: opts.rawBody ?? (opts.body !== undefined ? JSON.stringify(opts.body) : undefined),
    ...(opts.timeoutMs !== undefined ? { signal: AbortSignal.timeout(opts.timeoutMs) } : {}),
  });
  const text = await res.text();
  let body: any;
  try {
    body = JSON.parse(text);
  } catch {
    body = { raw: text };
  }
  return { status: res.status, headers: res.headers, body };
}

/** Retries fn until check passes (eventual consistency between services), or fails with the last value. */
export async function eventually<T>(fn: () => Promise<T>, check: (v: T) => boolean, timeoutMs = 15_000, everyMs = 150): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T = await fn();
  while (!check(last)) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms; last value: ${JSON.stringify(last).slice(0, 800)}`);
    await new Promise((r) => setTimeout(r, everyMs));
    last = await fn();
  }
  return last;
}

/** Sum of a Prometheus counter's samples whose labels include all of `labels`. */
export async function counterValue(metricsUrl: string, name: string, labels: Record<string, string>): Promise<number> {
  const text = await (await fetch(metricsUrl)).text();
  let total = 0;
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`)) continue;
    if (Object.entries(labels).every(([k, v]) => line.includes(`${k}="${v}"`))) total += Number(line.split(' ').pop());
  }
  return total;
}
