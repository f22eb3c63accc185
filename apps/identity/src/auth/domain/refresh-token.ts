import { createHash, randomBytes } from 'node:crypto';

/** An opaque refresh token (32 random bytes) and the SHA-256 that is all we store of it. */
export function newRefreshToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashRefreshToken(token) };
}

/** A fast hash is enough: the token has 256 bits of entropy, nothing to brute-force. */
export function hashRefreshToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
