import { existsSync, readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';

// What each error code means, for the OpenAPI document. The one-line doc comment above a code in
// libs/contracts/src/errors (error-codes.ts and codes/*.codes.ts) is its description, so a code is
// described where it is declared. Comments do not survive compilation: the build extracts them into
// error-descriptions.json next to this file (tools/build.mjs); run from source, they are read from there.
// This file imports nothing but node:fs and node:path so the build can require its compiled form.

/** Codes declared without a comment of their own: the fleet-wide ones every service answers. */
export const FLEET_ERROR_DESCRIPTIONS: Readonly<Record<string, string>> = {
  VALIDATION_ERROR: 'The request (body, query or path) breaks a field rule; details lists each field and why.',
  AUTH_REQUIRED: 'No bearer token: sign in and send Authorization: Bearer <access token>.',
  INVALID_TOKEN: 'The bearer token is malformed, expired, revoked or not signed by a current key.',
  INVALID_CREDENTIALS: 'Sign-in with an unknown email or phone, or a wrong password.',
  TOTP_REQUIRED: 'The account has two-factor sign-in: send the TOTP (or a backup code) too.',
  FORBIDDEN: 'Signed in, but this role or account may not do this (or not on this resource).',
  NOT_FOUND: 'The resource does not exist, or is not visible to this caller.',
  CONFLICT: 'The request conflicts with the current state (a duplicate, or a concurrent change).',
  BUSINESS_RULE_VIOLATION: 'A business rule refused the request; the message says which.',
  INVALID_STATE_TRANSITION: 'The resource cannot move from its current status to the one asked for.',
  IDEMPOTENCY_KEY_REUSED: 'An Idempotency-Key already used with a different request body.',
  INSUFFICIENT_BALANCE: 'The wallet holds less than the amount asked for.',
  OUT_OF_DELIVERY_ZONE: 'The delivery address is outside every delivery zone of the restaurant.',
  ITEM_UNAVAILABLE: 'An ordered item is unknown, unavailable now, or not on this restaurant\'s menu.',
  RESTAURANT_NOT_AVAILABLE: 'The restaurant is not approved or not taking orders.',
  RATE_LIMIT_EXCEEDED: 'Too many requests: wait for the time given in Retry-After.',
  INTERNAL_ERROR: 'An unexpected failure; quote the requestId when reporting it.',
  SERVICE_UNAVAILABLE: 'A service behind the gateway (or the broker) is not reachable now: retry later.',
  GATEWAY_TIMEOUT: 'A service behind the gateway did not answer in time: retry later (with the same Idempotency-Key for writes).',
};

const CODE_LINE = /^\s*([A-Z][A-Z0-9_]*)\s*:\s*\d{3}\s*,?\s*$/;

/** `{ CODE: description }` from the doc comments directly above `CODE: <status>` lines of a TypeScript source. */
export function parseErrorDescriptions(source: string): Record<string, string> {
  const found: Record<string, string> = {};
  let comment: string[] | null = null;
  let pending: string | null = null;
  for (const line of source.split('\n')) {
    const trimmed = line.trim();
    if (comment) {
      const end = trimmed.indexOf('*/');
      comment.push((end >= 0 ? trimmed.slice(0, end) : trimmed).replace(/^\*\s?/, ''));
      if (end >= 0) {
        pending = comment.join(' ').replace(/\s+/g, ' ').trim();
        comment = null;
      }
      continue;
    }
    if (trimmed.startsWith('/**')) {
      const body = trimmed.slice(3);
      const end = body.indexOf('*/');
      if (end >= 0) pending = body.slice(0, end).trim();
      else comment = [body];
      continue;
    }
    const code = CODE_LINE.exec(line);
    if (code && pending) found[code[1]] = pending;
    pending = null;
  }
  return found;
}

/** The descriptions of every code declared in `errorsDir` (libs/contracts/src/errors) and its codes/ folder. */
export function readErrorDescriptions(errorsDir: string): Record<string, string> {
  const files = [path.join(errorsDir, 'error-codes.ts')];
  const codesDir = path.join(errorsDir, 'codes');
  if (existsSync(codesDir)) files.push(...readdirSync(codesDir).filter((f) => f.endsWith('.codes.ts')).sort().map((f) => path.join(codesDir, f)));
  return Object.assign({}, ...files.filter((f) => existsSync(f)).map((f) => parseErrorDescriptions(readFileSync(f, 'utf8'))));
}

export const ERROR_DESCRIPTIONS_FILE = 'error-descriptions.json';

/** The extracted descriptions when running the build, else read from the sources; fleet-wide fallbacks under both. */
export function loadErrorDescriptions(dir: string = __dirname): Record<string, string> {
  const built = path.join(dir, ERROR_DESCRIPTIONS_FILE);
  const declared = existsSync(built)
    ? (JSON.parse(readFileSync(built, 'utf8')) as Record<string, string>)
    : readErrorDescriptions(path.resolve(dir, '../../../../libs/contracts/src/errors'));
  return { ...FLEET_ERROR_DESCRIPTIONS, ...declared };
}
