import { createHash } from 'node:crypto';

/** JSON with object keys sorted at every level and undefined members left out: one text per value. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const members = Object.keys(record)
      .filter((k) => record[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`);
    return `{${members.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * sha256 of a request without its idempotency key: what "the same body" means for a retry. A scope
 * (the route) makes one key used on two routes two different requests.
 */
export function requestHash(request: object, scope = ''): string {
  const { idempotency_key: _key, ...body } = request as Record<string, unknown>;
  return createHash('sha256').update(scope ? `${scope}\n${canonicalJson(body)}` : canonicalJson(body)).digest('hex');
}
