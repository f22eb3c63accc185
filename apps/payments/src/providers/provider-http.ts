/**
 * One HTTP call to a payment provider: global fetch with an AbortController deadline. Failures are
 * sorted into what the caller must decide on: `unavailable` (network error, timeout, 5xx: the
 * provider may be down, so mobile money falls back to the backup; after a timeout the request may
 * still have reached it) and `rejected` (a 4xx: the request itself was refused, another provider
 * would refuse it too). Secrets never appear in the error messages.
 */
export type ProviderFailureKind = 'unavailable' | 'rejected';

export class ProviderCallError extends Error {
  constructor(
    readonly provider: string,
    readonly kind: ProviderFailureKind,
    message: string,
    readonly status: number | null = null,
    /** True when the request may have reached the provider (timeout, connection dropped after sending). */
    readonly mayHaveReachedProvider = false,
  ) {
    super(`${provider}: ${message}`);
    this.name = 'ProviderCallError';
  }
}

export interface ProviderRequest {
  method: 'GET' | 'POST';
  url: string;
  headers?: Record<string, string>;
  /** A JSON body (object) or an already encoded body (string, with its content-type header). */
  json?: unknown;
  body?: string;
  timeoutMs: number;
}

export async function callProvider<T>(provider: string, req: ProviderRequest): Promise<T> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), req.timeoutMs);
  const headers: Record<string, string> = { accept: 'application/json', ...req.headers };
  let body: string | undefined = req.body;
  if (req.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(req.json);
  }
  let response: Response;
  let text: string;
  try {
    response = await fetch(req.url, { method: req.method, headers, body, signal: controller.signal });
    text = await response.text();
  } catch (err) {
    const timedOut = controller.signal.aborted;
    throw new ProviderCallError(
      provider,
      'unavailable',
      timedOut ? `no answer within ${req.timeoutMs} ms` : `unreachable (${(err as Error).message})`,
      null,
      timedOut || req.method === 'POST',
    );
  } finally {
    clearTimeout(timer);
  }
  if (response.status >= 500) throw new ProviderCallError(provider, 'unavailable', `answered ${response.status}`, response.status, true);
  if (response.status >= 400) throw new ProviderCallError(provider, 'rejected', `refused the request (${response.status}: ${describeRefusal(text)})`, response.status);
  try {
    return (text ? JSON.parse(text) : {}) as T;
  } catch {
    throw new ProviderCallError(provider, 'unavailable', `answered ${response.status} with a body that is not JSON`, response.status, true);
  }
}

/** A short, secret-free reason from a provider's error body (its message fields, never the request). */
function describeRefusal(text: string): string {
  try {
    const body = JSON.parse(text) as Record<string, unknown>;
    const candidate = (body.error as Record<string, unknown> | undefined)?.message ?? body.message ?? body.detail ?? body.error_message ?? body.error;
    if (typeof candidate === 'string') return candidate.slice(0, 200);
  } catch {
    // not JSON: fall through
  }
  return text.slice(0, 200) || 'no detail';
}

/** `application/x-www-form-urlencoded` with Stripe's bracket notation for nested objects. */
export function formEncode(values: Record<string, unknown>, prefix = ''): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined || value === null) continue;
    const name = prefix ? `${prefix}[${key}]` : key;
    if (typeof value === 'object' && !Array.isArray(value)) parts.push(formEncode(value as Record<string, unknown>, name));
    else if (Array.isArray(value)) value.forEach((v, i) => parts.push(`${encodeURIComponent(`${name}[${i}]`)}=${encodeURIComponent(String(v))}`));
    else parts.push(`${encodeURIComponent(name)}=${encodeURIComponent(String(value))}`);
  }
  return parts.filter(Boolean).join('&');
}
