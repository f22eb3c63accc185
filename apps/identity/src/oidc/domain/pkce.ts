import { createHash, randomBytes } from 'node:crypto';

/**
 * The secrets of one pending authorization. The state goes to the provider and comes back in the
 * callback; only its hash is stored, so a leaked table row cannot be replayed as a callback. The
 * code verifier (RFC 7636) and the nonce stay on the server until the callback.
 */
export interface PendingAuthorizationSecrets {
  state: string;
  stateHash: string;
  nonce: string;
  codeVerifier: string;
  codeChallenge: string;
}

/** 32 random bytes, base64url: 43 characters, the verifier length RFC 7636 recommends. */
export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

/** RFC 7636 S256: BASE64URL(SHA256(ASCII(code_verifier))). */
export function codeChallengeS256(codeVerifier: string): string {
  return createHash('sha256').update(codeVerifier, 'ascii').digest('base64url');
}

export function hashState(state: string): string {
  return createHash('sha256').update(state, 'utf8').digest('hex');
}

export function newPendingAuthorization(): PendingAuthorizationSecrets {
  const state = randomToken();
  const codeVerifier = randomToken();
  return { state, stateHash: hashState(state), nonce: randomToken(), codeVerifier, codeChallenge: codeChallengeS256(codeVerifier) };
}

/** How long a started sign-in may take at the provider before its state is refused. */
export const PENDING_AUTHORIZATION_TTL_MS = 10 * 60_000;
