/**
 * Malformed requests generated from an OpenAPI document: every operation gets bad path ids, bad
 * query values, bad bodies (wrong types, huge and deeply nested values, NUL and unicode, injection
 * strings), wrong content types, an empty and an oversized body. Deterministic: the same seed and
 * document give the same requests.
 */

/** mulberry32: a tiny seeded generator, so a failing run can be replayed exactly. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface FuzzRequest {
  /** What the case tries, for the summary and failure list. */
  label: string;
  method: string;
  /** Path and query, already encoded, under the document's paths (e.g. `/api/v1/...`). */
  url: string;
  headers: Record<string, string>;
  body?: string;
}

type Schema = {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  properties?: Record<string, Schema>;
  items?: Schema;
  required?: string[];
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
};
interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Schema;
}
interface Operation {
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}
export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
}

export const DEEP_LEVELS = 5000;
const deepArrayJson = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);
const deepObjectJson = (levels: number) => '{"a":'.repeat(levels) + '1' + '}'.repeat(levels);

/** Strings that have broken servers before: NUL and other controls, lone surrogates, injection, huge. */
export const HOSTILE_STRINGS = [
  'a\u0000x',
  '\u0000',
  'tab\u0001\u001f',
  '\ud800',
  'x\udfffy',
  "' OR 1=1--",
  '"; DROP TABLE users; --',
  '%00',
  '${jndi:ldap://x}',
  '<script>alert(1)</script>',
  '\u202e😀𝕏\ufeff',
  '../../../../etc/passwd',
  '',
  ' ',
  'x'.repeat(100_000),
];

const WRONG_TYPES: unknown[] = [123, -1, 1.5, true, null, {}, [], { $gt: '' }, { $ne: null }, ['a', 'b'], 'string', 1e308];

/** Path ids that are not ids: each must be answered 400 or 404. */
export const HOSTILE_IDS = [
  'not-a-uuid',
  "' OR 1=1--",
  'a%00x',
  '%00',
  '%F0%9F%98%80',
  '%ED%A0%80',
  '%E0%A4%A',
  'x'.repeat(400),
  '-1',
  '1e309',
  '00000000-0000-0000-0000-000000000000',
  '6f1c1f43-1d8e-4d55-9d7e-0d6f3b1c2a1',
  '..%2F..%2Fetc',
  '%7B%22%24gt%22%3A%22%22%7D',
];

const HOSTILE_QUERY_VALUES = [
  'a%00x',
  '%00',
  '%01%1F',
  '%ED%A0%80',
  '%27%20OR%201%3D1--',
  // Long, but within Node's 16 KB request head: beyond it Node answers 431 before any app code.
  'x'.repeat(8_000),
  '-1',
  'abc',
  '1e309',
  '99999999999999999999',
  '%7B%22%24gt%22%3A%22%22%7D',
  '',
];

function pickSome<T>(rand: () => number, list: readonly T[], n: number): T[] {
  const copy = [...list];
  const out: T[] = [];
  while (copy.length && out.length < n) out.push(copy.splice(Math.floor(rand() * copy.length), 1)[0]);
  return out;
}

function uuid(rand: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(rand() * 16).toString(16));
  hex[12] = '4';
  hex[16] = '89ab'[Math.floor(rand() * 4)];
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

export class OpenApiFuzzer {
  private readonly rand: () => number;

  constructor(
    private readonly doc: OpenApiDocument,
    seed: number,
  ) {
    this.rand = seededRandom(seed);
  }

  private resolve(schema: Schema | undefined, depth = 0): Schema {
    if (!schema || depth > 8) return {};
    if (schema.$ref) return this.resolve(this.doc.components?.schemas?.[schema.$ref.split('/').pop() as string], depth + 1);
    const parts = schema.allOf ?? schema.oneOf ?? schema.anyOf;
    if (parts?.length) {
      const merged: Schema = { type: 'object', properties: {}, required: [] };
      for (const part of parts.map((p) => this.resolve(p, depth + 1))) {
        Object.assign(merged.properties as object, part.properties);
        merged.required!.push(...(part.required ?? []));
        if (part.type && part.type !== 'object') return part;
      }
      return merged;
    }
    return schema;
  }

  /** A value the schema accepts as far as the document says (the service may still refuse it). */
  private sample(schema: Schema | undefined, depth = 0): unknown {
    const s = this.resolve(schema);
    if (s.enum?.length) return s.enum[0];
    switch (s.type) {
      case 'string':
        if (s.format === 'uuid') return uuid(this.rand);
        if (s.format === 'email') return `fuzz${Math.floor(this.rand() * 1e9)}@example.cm`;
        if (s.format === 'date-time') return '2026-12-07T12:00:00.000Z';
        return 'fuzz value';
      case 'integer':
      case 'number':
        return 1;
      case 'boolean':
        return true;
      case 'array':
        return depth > 4 ? [] : [this.sample(s.items, depth + 1)];
      default: {
        if (depth > 4 || !s.properties) return {};
        return Object.fromEntries(Object.entries(s.properties).map(([k, v]) => [k, this.sample(v, depth + 1)]));
      }
    }
  }

  /** Values of the wrong shape for the schema, including hostile strings and a huge list. */
  private badValues(schema: Schema | undefined, n: number): Array<{ what: string; raw: string }> {
    const s = this.resolve(schema);
    const candidates: Array<{ what: string; raw: string }> = [
      ...WRONG_TYPES.map((v) => ({ what: `wrong type ${JSON.stringify(v)}`, raw: JSON.stringify(v) })),
      ...HOSTILE_STRINGS.map((v) => ({ what: `string ${JSON.stringify(v.slice(0, 24))}${v.length > 24 ? `…(${v.length})` : ''}`, raw: JSON.stringify(v) })),
      { what: `deep array ${DEEP_LEVELS}`, raw: deepArrayJson(DEEP_LEVELS) },
      { what: `deep object ${DEEP_LEVELS}`, raw: deepObjectJson(DEEP_LEVELS) },
      { what: 'list of 20000', raw: JSON.stringify(Array.from({ length: 20_000 }, (_, i) => (s.items ? this.sample(s.items) : i))) },
    ];
    if (s.type === 'array') candidates.push({ what: 'list of hostile strings', raw: JSON.stringify(HOSTILE_STRINGS.slice(0, 12)) });
    if (s.type === 'integer' || s.type === 'number') candidates.push({ what: 'number string', raw: '"12"' }, { what: 'huge integer', raw: '123456789012345678901234567890' });
    // NUL and a lone surrogate in every field (they reach PostgreSQL), plus a random few others.
    const always = [
      { what: 'string "a\\u0000x"', raw: JSON.stringify('a\u0000x') },
      { what: 'string "\\ud800"', raw: JSON.stringify('\ud800') },
    ];
    return [...always, ...pickSome(this.rand, candidates, n)];
  }

  private jsonSchemaOf(op: Operation): Schema | undefined {
    return op.requestBody?.content?.['application/json']?.schema;
  }

  /** Every case for every operation of the document. */
  cases(): FuzzRequest[] {
    const out: FuzzRequest[] = [];
    for (const [path, methods] of Object.entries(this.doc.paths)) {
      for (const [method, op] of Object.entries(methods)) {
        if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
        out.push(...this.operationCases(method.toUpperCase(), path, op));
      }
    }
    return out;
  }

  private operationCases(method: string, path: string, op: Operation): FuzzRequest[] {
    const params = op.parameters ?? [];
    const pathParams = params.filter((p) => p.in === 'path');
    const queryParams = params.filter((p) => p.in === 'query');
    const hasIdempotencyKey = params.some((p) => p.in === 'header' && p.name.toLowerCase() === 'idempotency-key');
    const bodySchema = this.jsonSchemaOf(op);
    const multipart = !!op.requestBody?.content?.['multipart/form-data'];
    const takesBody = ['POST', 'PUT', 'PATCH'].includes(method) || !!op.requestBody;

    const validPath = (overrides: Record<string, string> = {}) =>
      pathParams.reduce((p, param) => p.replace(`{${param.name}}`, overrides[param.name] ?? uuid(this.rand)), path);
    const baseHeaders = (): Record<string, string> => (hasIdempotencyKey ? { 'idempotency-key': `fuzz-${uuid(this.rand)}` } : {});
    const validBody = () => (bodySchema ? JSON.stringify(this.sample(bodySchema)) : takesBody && !multipart ? '{}' : undefined);
    const json = (body: string | undefined, extra: Record<string, string> = {}) =>
      body === undefined ? { ...baseHeaders(), ...extra } : { 'content-type': 'application/json', ...baseHeaders(), ...extra };
    const out: FuzzRequest[] = [];
    const add = (label: string, url: string, headers: Record<string, string>, body?: string) =>
      out.push({ label: `${method} ${path} ${label}`, method, url, headers, body });

    // The operation as documented, so guarded routes and valid inputs are reached at least once.
    add('documented input', validPath(), json(validBody()), validBody());

    for (const param of pathParams) {
      for (const bad of pickSome(this.rand, HOSTILE_IDS, 4)) add(`path ${param.name}=${bad.slice(0, 30)}`, validPath({ [param.name]: bad }), json(validBody()), validBody());
    }

    for (const param of queryParams) {
      for (const bad of pickSome(this.rand, HOSTILE_QUERY_VALUES, 3)) {
        add(`query ${param.name}=${bad.slice(0, 30)}`, `${validPath()}?${encodeURIComponent(param.name)}=${bad}`, json(validBody()), validBody());
      }
      add(`query ${param.name} repeated`, `${validPath()}?${param.name}=1&${param.name}=2`, json(validBody()), validBody());
    }
    if (queryParams.length || method === 'GET') {
      add('query unknown field', `${validPath()}?${encodeURIComponent('$where')}=1&__proto__=x&constructor[prototype]=1`, json(validBody()), validBody());
    }

    if (hasIdempotencyKey) {
      const body = validBody();
      for (const key of ['', ' ', 'x'.repeat(2000), "' OR 1=1--", '{"$gt":""}', '%00']) {
        add(`idempotency-key ${JSON.stringify(key.slice(0, 20))}`, validPath(), { ...(body === undefined ? {} : { 'content-type': 'application/json' }), 'idempotency-key': key }, body);
      }
      add('no idempotency-key', validPath(), body === undefined ? {} : { 'content-type': 'application/json' }, body);
    }

    if (takesBody) {
      const props = Object.entries(this.resolve(bodySchema).properties ?? {});
      for (const [name, propSchema] of pickSome(this.rand, props, 8)) {
        const base = this.sample(bodySchema) as Record<string, unknown>;
        for (const bad of this.badValues(propSchema, 3)) {
          // Spliced as raw JSON so deep values never go through JSON.stringify here.
          const rest = JSON.stringify({ ...base, [name]: undefined }).slice(1, -1);
          const body = `{${rest}${rest ? ',' : ''}${JSON.stringify(name)}:${bad.raw}}`;
          add(`body ${name} ${bad.what}`, validPath(), json(body), body);
        }
      }
      const wholeBodies: Array<[string, string]> = [
        ['body []', '[]'],
        ['body "str"', '"str"'],
        ['body null', 'null'],
        ['body 42', '42'],
        ['body {"$gt":""}', '{"$gt":""}'],
        ['body __proto__', '{"__proto__":{"admin":true},"constructor":{"prototype":{"x":1}}}'],
        [`body deep object ${DEEP_LEVELS}`, deepObjectJson(DEEP_LEVELS)],
        [`body deep array ${DEEP_LEVELS}`, deepArrayJson(DEEP_LEVELS)],
        ['body malformed JSON', '{"a":'],
        ['body unknown field with NUL', `{"\\u0000":"\\u0000"}`],
      ];
      for (const [label, body] of wholeBodies) add(label, validPath(), json(body), body);
      add('empty JSON body', validPath(), json(''), '');
      add('wrong content type text/plain', validPath(), { ...baseHeaders(), 'content-type': 'text/plain' }, validBody() ?? 'x');
      add('wrong content type form', validPath(), { ...baseHeaders(), 'content-type': 'application/x-www-form-urlencoded' }, 'a=1&b[$gt]=');
      add('content type without body parser', validPath(), { ...baseHeaders(), 'content-type': 'application/xml' }, '<a/>');
      add('oversized body', validPath(), json('x'), JSON.stringify({ blob: 'x'.repeat(1_200_000) }));
    } else if (method === 'DELETE') {
      add('unexpected JSON body', validPath(), json('{}'), '{"$gt":""}');
    }
    return out;
  }

  /** Picks `n` of `list` deterministically, keeping their order. */
  sampleOf<T>(list: readonly T[], n: number): T[] {
    if (list.length <= n) return [...list];
    const indexes = pickSome(this.rand, list.map((_, i) => i), n).sort((a, b) => a - b);
    return indexes.map((i) => list[i]);
  }
}

/** Marks of a stack trace or an internal leaking into a response body. */
export const STACK_TRACE = /\bat [\w.<>$]+ \(|\(?\/[\w./-]+\.(?:js|ts):\d+:\d+|node_modules\/|"stack"\s*:|QueryFailedError|TypeORMError|\berror: .* at character \d+/;
