import { createLocalJWKSet, errors, type CryptoKey, type FlattenedJWSInput, type JSONWebKeySet, type JWSHeaderParameters } from 'jose';

/** Gets identity's current public keys (the gateway asks identity over RPC). */
export type JwksFetcher = () => Promise<JSONWebKeySet>;

export interface JwksKeyStoreOptions {
  /** Age after which a key set is refreshed in the background (the stale one keeps serving meanwhile). */
  refreshSeconds?: number;
  /** Minimum gap between two fetches caused by unknown kids or failures: forged kids must not flood identity. */
  refetchCooldownMs?: number;
  now?: () => number;
  /** Waits out the rest of a cooldown (tests advance a fake clock instead). */
  sleep?: (ms: number) => Promise<void>;
  onRefreshError?: (err: unknown) => void;
}

type KeyResolver = ReturnType<typeof createLocalJWKSet>;

/**
 * Caches identity's JWKS. Only the very first lookup waits for a fetch; later ones use the cached
 * set, refreshed in the background when old, and refetched for an unknown kid, which is how a key
 * rotation reaches the gateway. An unknown kid within the cooldown after a fetch waits for one
 * refetch at the cooldown's end (shared by every such caller) instead of being refused: a token
 * signed by a key rotated in just after a fetch must still pass, and forged kids still cost at most
 * one fetch per cooldown.
 */
export class JwksKeyStore {
  private resolver: KeyResolver | null = null;
  private fetchedAt = Number.NEGATIVE_INFINITY;
  private attemptedAt = Number.NEGATIVE_INFINITY;
  private lastError: unknown = null;
  private inFlight: Promise<KeyResolver> | null = null;
  private afterCooldown: Promise<KeyResolver> | null = null;
  private readonly refreshMs: number;
  private readonly cooldownMs: number;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(
    private readonly fetchJwks: JwksFetcher,
    private readonly options: JwksKeyStoreOptions = {},
  ) {
    this.refreshMs = (options.refreshSeconds ?? 300) * 1000;
    this.cooldownMs = options.refetchCooldownMs ?? 2_000;
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  /** A jose key resolver: `jwtVerify(token, (h, t) => store.getKey(h, t))`. */
  async getKey(header: JWSHeaderParameters, token: FlattenedJWSInput): Promise<CryptoKey> {
    const resolver = await this.currentResolver();
    try {
      return await resolver(header, token);
    } catch (err) {
      if (!(err instanceof errors.JWKSNoMatchingKey)) throw err;
      return (await this.refreshForUnknownKid())(header, token);
    }
  }

  /** A fetch now if the cooldown allows, else the one fetch scheduled for the cooldown's end. */
  private refreshForUnknownKid(): Promise<KeyResolver> {
    if (this.mayFetch()) return this.refresh();
    this.afterCooldown ??= this.sleep(Math.max(0, this.attemptedAt + this.cooldownMs - this.now())).then(() => {
      this.afterCooldown = null;
      return this.refresh();
    });
    return this.afterCooldown;
  }

  private async currentResolver(): Promise<KeyResolver> {
    if (!this.resolver) {
      // Nothing cached yet: wait, but do not hammer a source that just failed.
      if (!this.mayFetch() && this.lastError) throw this.lastError;
      return this.refresh();
    }
    if (this.now() - this.fetchedAt >= this.refreshMs && this.mayFetch()) {
      this.refresh().catch((err) => this.options.onRefreshError?.(err));
    }
    return this.resolver;
  }

  private mayFetch(): boolean {
    return this.inFlight !== null || this.now() - this.attemptedAt >= this.cooldownMs;
  }

  /** One fetch at a time; concurrent callers share it. */
  private refresh(): Promise<KeyResolver> {
    if (!this.inFlight) {
      this.attemptedAt = this.now();
      const loading = this.load();
      this.inFlight = loading;
      const settle = () => {
        if (this.inFlight === loading) this.inFlight = null;
      };
      loading.then(settle, settle);
    }
    return this.inFlight;
  }

  private async load(): Promise<KeyResolver> {
    try {
      const resolver = createLocalJWKSet(await this.fetchJwks());
      this.resolver = resolver;
      this.fetchedAt = this.now();
      this.lastError = null;
      return resolver;
    } catch (err) {
      this.lastError = err;
      throw err;
    }
  }
}
