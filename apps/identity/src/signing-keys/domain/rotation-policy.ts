/**
 * When signing keys rotate and when a replaced key stops being published. Free of I/O: the
 * service applies these rules under a lock.
 */

/** current signs new tokens; previous only verifies the tokens it signed; retired is unpublished. */
export const SIGNING_KEY_STATES = ['current', 'previous', 'retired'] as const;
export type SigningKeyState = (typeof SIGNING_KEY_STATES)[number];

/** Covers clocks of the verifiers running ahead of or behind identity's, and a token signed just as its key was replaced. */
export const CLOCK_SKEW_SECONDS = 60;

export interface RotationPolicy {
  /** Age of the current key after which a new one replaces it. */
  rotateAfterDays: number;
  accessTokenTtlSeconds: number;
  clockSkewSeconds: number;
}

export interface KeyTimes {
  state: SigningKeyState;
  activated_at: Date;
  superseded_at: Date | null;
}

/** True when the current key is old enough to be replaced (or there is none). */
export function rotationDue(current: Pick<KeyTimes, 'activated_at'> | null, now: Date, policy: RotationPolicy): boolean {
  if (!current) return true;
  return now.getTime() - current.activated_at.getTime() >= policy.rotateAfterDays * 86_400_000;
}

/** The last moment a token signed by a key replaced at `supersededAt` can still be valid somewhere. */
export function publishedUntil(supersededAt: Date, policy: RotationPolicy): Date {
  return new Date(supersededAt.getTime() + (policy.accessTokenTtlSeconds + policy.clockSkewSeconds) * 1000);
}

/** Whether the JWKS lists the key: the current one, and a previous one until its tokens have all expired. */
export function isPublished(key: KeyTimes, now: Date, policy: RotationPolicy): boolean {
  if (key.state === 'current') return true;
  if (key.state === 'retired' || !key.superseded_at) return false;
  return now.getTime() < publishedUntil(key.superseded_at, policy).getTime();
}

/** A previous key whose window has passed: retire it. */
export function isRetirable(key: KeyTimes, now: Date, policy: RotationPolicy): boolean {
  return key.state === 'previous' && !isPublished(key, now, policy);
}
