import { ErrorDetail } from '@platter/contracts';

/**
 * Limits every body, query and route parameter meets before class-transformer sees it. They are
 * checked by one iterative walk because class-transformer and class-validator recurse: a body
 * nested a few thousand levels deep would otherwise exhaust the stack and answer 500.
 */
export const EDGE_INPUT_LIMITS = {
  /** Levels of objects and arrays; no request shape comes near it. */
  maxDepth: 32,
  /** Characters in one string; the longest field any request declares is 8192. */
  maxStringLength: 65_536,
  /** Elements in one array; the longest list any request declares is 1000 (a zone's polygon). */
  maxArrayLength: 10_000,
  /** Keys in one object. */
  maxKeys: 1_000,
  /** Details in one answer: enough to name what is wrong without echoing a hostile body back. */
  maxDetails: 20,
} as const;

/**
 * C0 control characters other than tab, line feed and carriage return. PostgreSQL refuses U+0000
 * in text and jsonb, and none of the others belongs in any field a client sends.
 */
const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;
/** A UTF-16 surrogate without its pair: not a character, and jsonb refuses its escape. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const shown = (field: string) => field || 'body';
const join = (parent: string, key: string | number) => (parent ? `${parent}.${key}` : String(key));

function stringViolation(text: string, field: string, what: 'value' | 'key'): string | undefined {
  const name = what === 'key' ? `${shown(field)} key` : shown(field);
  if (text.length > EDGE_INPUT_LIMITS.maxStringLength) return `${name} must be at most ${EDGE_INPUT_LIMITS.maxStringLength} characters`;
  if (CONTROL_CHARACTER.test(text)) return `${name} must not contain control characters (U+0000 to U+001F other than tab and line breaks)`;
  if (LONE_SURROGATE.test(text)) return `${name} must not contain unpaired UTF-16 surrogates`;
  return undefined;
}

/**
 * What breaks the edge limits in `value`, one `{field, message}` per bad field (nested fields
 * dotted, as class-validator's details are), none when it is fine. `root` names the value itself
 * (a route parameter's or query's own name; empty for a body).
 */
export function edgeInputViolations(value: unknown, root = ''): ErrorDetail[] {
  const details: ErrorDetail[] = [];
  const stack: Array<{ value: unknown; field: string; depth: number }> = [{ value, field: root, depth: 0 }];
  while (stack.length && details.length < EDGE_INPUT_LIMITS.maxDetails) {
    const { value: current, field, depth } = stack.pop()!;
    if (typeof current === 'string') {
      const message = stringViolation(current, field, 'value');
      if (message) details.push({ field: shown(field), message });
      continue;
    }
    // Buffers are multipart bodies, parsed and checked by their route; only plain data is walked.
    if (current === null || typeof current !== 'object' || ArrayBuffer.isView(current)) continue;
    if (depth >= EDGE_INPUT_LIMITS.maxDepth) {
      details.push({ field: shown(field), message: `${shown(field)} is nested too deeply (at most ${EDGE_INPUT_LIMITS.maxDepth} levels)` });
      continue;
    }
    if (Array.isArray(current)) {
      if (current.length > EDGE_INPUT_LIMITS.maxArrayLength) {
        details.push({ field: shown(field), message: `${shown(field)} must contain at most ${EDGE_INPUT_LIMITS.maxArrayLength} elements` });
        continue;
      }
      for (let i = current.length - 1; i >= 0; i--) stack.push({ value: current[i], field: join(field, i), depth: depth + 1 });
      continue;
    }
    const keys = Object.keys(current);
    if (keys.length > EDGE_INPUT_LIMITS.maxKeys) {
      details.push({ field: shown(field), message: `${shown(field)} must have at most ${EDGE_INPUT_LIMITS.maxKeys} fields` });
      continue;
    }
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i];
      const keyMessage = stringViolation(key, field, 'key');
      if (keyMessage) {
        // A hostile key is not echoed back as a field name.
        details.push({ field: shown(field), message: keyMessage });
        continue;
      }
      stack.push({ value: (current as Record<string, unknown>)[key], field: join(field, key), depth: depth + 1 });
    }
  }
  return details;
}
