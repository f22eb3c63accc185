import { createHash, randomBytes } from 'node:crypto';

/** A guest order's tracking token: 32 random bytes, base64url. */
export function newTrackingToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What the orders table keeps of a tracking token. */
export function hashTrackingToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
