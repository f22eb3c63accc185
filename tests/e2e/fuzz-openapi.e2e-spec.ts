import { useFakeOidcProviders } from '@platter/testing';
import { api } from './support/http-client';
import { FuzzRequest, OpenApiDocument, OpenApiFuzzer, STACK_TRACE } from './support/openapi-fuzz';
import { E2E_ADMIN, useTestFleet } from './support/test-fleet';

const run = Date.now().toString(36);
/** Fixed so a failure replays exactly; FUZZ_SEED tries another sequence. */
const SEED = Number(process.env.FUZZ_SEED ?? 20261207);
/** Requests in flight at once: enough to keep the fleet busy, few enough for a 2-core machine. */
const CONCURRENCY = 6;
// The gateway's bodyLimit (createHttpAdapter in libs/service-kit).
const GATEWAY_BODY_LIMIT_BYTES = 1024 * 1024;
/** Per pass with a token: the anonymous pass sends every case, the signed-in ones a sample. */
const SIGNED_IN_SAMPLE = 2500;

interface Outcome {
  request: FuzzRequest;
  pass: string;
  status: number;
  problem?: string;
  /** The start of the answer, to show what a failure looked like. */
  excerpt?: string;
}

const GATEWAY_PORT = 10400;

describe('fuzzing every operation of the OpenAPI document', () => {
  // Google and Apple sign-in are configured (against local fake providers) so their routes reach
  // validation instead of answering 503 OAUTH_PROVIDER_NOT_CONFIGURED.
  const oidc = useFakeOidcProviders({ gatewayPort: GATEWAY_PORT });
  const e2e = useTestFleet({
    namespace: `e2efuzz${run}`,
    database: 'platter_e2e_fuzz',
    gatewayPort: GATEWAY_PORT,
    env: { RATE_LIMITS_ENABLED: 'false' },
    serviceEnv: { identity: oidc.identityEnv },
  });
  let gw: string;
  beforeAll(() => {
    gw = e2e.gateway();
  });

  async function send(request: FuzzRequest, token: string | undefined): Promise<{ status: number; text: string }> {
    const headers: Record<string, string> = { ...request.headers, ...(token ? { authorization: `Bearer ${token}` } : {}) };
    const res = await fetch(`${gw}${request.url}`, { method: request.method, headers, body: request.body, redirect: 'manual', signal: AbortSignal.timeout(30_000) });
    return { status: res.status, text: await res.text() };
  }

  /**
   * A body over the gateway's 1 MiB limit is answered 413 as soon as its headers arrive; the socket
   * then closes while the client may still be writing, and the client can see the reset before the
   * answer (as with any HTTP server that refuses an upload early). Only then is no answer a refusal.
   */
  function refusedMidUpload(request: FuzzRequest, err: unknown): boolean {
    const code = ((err as { cause?: { code?: string } }).cause?.code ?? '') as string;
    return Buffer.byteLength(request.body ?? '') > GATEWAY_BODY_LIMIT_BYTES && ['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET'].includes(code);
  }

  /** What is wrong with an answer, or undefined when it is a 2xx/4xx that keeps the contract. */
  function problemOf(status: number, text: string): string | undefined {
    if (status >= 500) return `server error ${status}`;
    if (STACK_TRACE.test(text)) return 'stack trace or internal in the body';
    if (status < 400) return undefined;
    let body: { success?: unknown; error?: { code?: unknown; message?: unknown } };
    try {
      body = JSON.parse(text);
    } catch {
      return 'error body is not JSON';
    }
    if (body.success !== false || typeof body.error?.code !== 'string' || typeof body.error?.message !== 'string') return 'error body is not the envelope';
    return undefined;
  }

  it('answers every malformed request with a 4xx envelope (or a 2xx), never a 5xx or a stack trace, and stays ready', async () => {
    const docRes = await fetch(`${gw}/api/docs-json`);
    expect(docRes.status).toBe(200);
    const doc = (await docRes.json()) as OpenApiDocument;
    const fuzzer = new OpenApiFuzzer(doc, SEED);
    const all = fuzzer.cases();
    expect(all.length).toBeGreaterThan(500);

    const customer = { email: `fuzz-customer-${run}@example.cm`, password: 'fuzz-customer-password-1', name: 'Fuzz Customer' };
    const registered = await api(gw, 'POST', '/auth/register', { body: customer });
    expect(registered.status).toBe(201);
    const tokens: Record<string, () => Promise<string>> = {
      customer: async () => (await api(gw, 'POST', '/auth/login', { body: { email: customer.email, password: customer.password } })).body.data.tokens.access_token,
      admin: async () => (await api(gw, 'POST', '/auth/login', { body: E2E_ADMIN })).body.data.tokens.access_token,
    };
    // Fuzzed calls that happen to succeed (logout, a password change) could end a session; re-sign-in then.
    const current: Record<string, string> = { customer: await tokens.customer(), admin: await tokens.admin() };
    const stillValid = async (pass: string) => (await api(gw, 'GET', '/users/me', { token: current[pass] })).status === 200;

    const outcomes: Outcome[] = [];
    const passes: Array<{ pass: string; requests: FuzzRequest[] }> = [
      { pass: 'anonymous', requests: all },
      // The body-size limit answers before any guard: one pass proves it.
      { pass: 'customer', requests: fuzzer.sampleOf(all.filter((r) => !r.label.endsWith('oversized body')), SIGNED_IN_SAMPLE) },
      { pass: 'admin', requests: fuzzer.sampleOf(all.filter((r) => !r.label.endsWith('oversized body')), SIGNED_IN_SAMPLE) },
    ];
    const started = Date.now();

    const readiness: string[] = [];
    let checking = true;
    // The gateway's readiness, on its ops port (the public one refuses /health/ready).
    const ready = `${e2e.fleet.gatewayOpsUrls[0]}/health/ready`;
    const watcher = (async () => {
      while (checking) {
        const res = await fetch(ready, { signal: AbortSignal.timeout(10_000) }).catch((err: Error) => ({ status: 0, statusText: err.message }));
        if (res.status !== 200) readiness.push(`${new Date().toISOString()} ${res.status} ${res.statusText}`);
        await new Promise((r) => setTimeout(r, 1000));
      }
    })();

    // The watcher stops however the passes end: a throw must not leave it polling after the test.
    try {
      for (const { pass, requests } of passes) {
        for (let i = 0; i < requests.length; i += CONCURRENCY * 25) {
          if (pass !== 'anonymous' && !(await stillValid(pass))) current[pass] = await tokens[pass]();
          const chunk = requests.slice(i, i + CONCURRENCY * 25);
          let next = 0;
          await Promise.all(
            Array.from({ length: CONCURRENCY }, async () => {
              while (next < chunk.length) {
                const request = chunk[next++];
                try {
                  const { status, text } = await send(request, pass === 'anonymous' ? undefined : current[pass]);
                  const problem = problemOf(status, text);
                  outcomes.push({ request, pass, status, problem, ...(problem ? { excerpt: text.slice(0, 160) } : {}) });
                } catch (err) {
                  if (refusedMidUpload(request, err)) outcomes.push({ request, pass, status: 413, problem: undefined });
                  else outcomes.push({ request, pass, status: 0, problem: `no answer: ${(err as Error).message}` });
                }
              }
            }),
          );
        }
      }
    } finally {
      checking = false;
      await watcher;
    }

    const byStatus = new Map<number, number>();
    for (const o of outcomes) byStatus.set(o.status, (byStatus.get(o.status) ?? 0) + 1);
    const failures = outcomes.filter((o) => o.problem);
    const serverErrors = outcomes.filter((o) => o.status >= 500).length;
    const statuses = [...byStatus].sort(([a], [b]) => a - b).map(([s, n]) => `${s}: ${n}`).join(', ');
    console.log(
      [
        `fuzz: seed ${SEED}, ${outcomes.length} requests over ${Object.keys(doc.paths).length} paths in ${Math.round((Date.now() - started) / 1000)} s`,
        `statuses: ${statuses}`,
        `5xx: ${serverErrors}; contract failures: ${failures.length}; readiness failures: ${readiness.length}`,
        ...failures.slice(0, 80).map((o) => `  [${o.pass}] ${o.request.label} → ${o.status} ${o.problem}: ${o.excerpt}`),
      ].join('\n'),
    );
    expect(readiness).toEqual([]);
    expect(failures.map((o) => `[${o.pass}] ${o.request.label} → ${o.status} ${o.problem}`)).toEqual([]);
  }, 420_000);
});
