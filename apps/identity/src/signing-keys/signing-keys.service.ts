import { Injectable, Logger } from '@nestjs/common';
import { PublicSigningJwk } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { IdentityConfig } from '../identity.config';
import { IdentityException } from '../identity.exception';
import { CLOCK_SKEW_SECONDS, RotationPolicy, isPublished, publishedUntil, rotationDue } from './domain/rotation-policy';
import { SigningKey, generateSigningKey, signingKeyFromJwk, signingKeyFromPem } from './signing-key';
import { SigningKeyRow } from './signing-key.entity';
import { SigningKeyRepository } from './signing-key.repository';

/** What a rotation did: the new current key and the one it replaced (published until `previous_published_until`). */
export interface RotationResult {
  kid: string;
  activated_at: Date;
  previous_kid: string | null;
  previous_published_until: Date | null;
}

/**
 * The keys access tokens are signed with: JWT_PRIVATE_KEY_PEM when configured, else the `current`
 * row of signing_keys. Rotation makes a new current key; the replaced one stays in the JWKS until
 * every token it signed has expired, then it is retired. Every change runs under one advisory lock,
 * so identity replicas rotating at once make one key (the unique index on `current` backs it up).
 */
@Injectable()
export class SigningKeys {
  private readonly log = new Logger(SigningKeys.name);
  private readonly policy: RotationPolicy;
  private staticKey?: Promise<SigningKey>;
  /** Imported private keys by kid; the current kid is read from the table at each use, so a rotation by another replica applies at once. */
  private readonly imported = new Map<string, Promise<SigningKey>>();

  constructor(
    private readonly tx: TransactionHost,
    private readonly repository: SigningKeyRepository,
    private readonly config: IdentityConfig,
  ) {
    this.policy = {
      rotateAfterDays: config.SIGNING_KEY_ROTATION_DAYS,
      accessTokenTtlSeconds: config.ACCESS_TOKEN_TTL_SECONDS,
      clockSkewSeconds: CLOCK_SKEW_SECONDS,
    };
  }

  get rotationPolicy(): RotationPolicy {
    return this.policy;
  }

  /** True when the key comes from JWT_PRIVATE_KEY_PEM: it is replaced by changing the environment, never rotated here. */
  get isStatic(): boolean {
    return !!this.config.JWT_PRIVATE_KEY_PEM;
  }

  /** The key new tokens are signed with; the first call on an empty table generates it. */
  async current(): Promise<SigningKey> {
    if (this.config.JWT_PRIVATE_KEY_PEM) {
      const pem = this.config.JWT_PRIVATE_KEY_PEM;
      this.staticKey ??= signingKeyFromPem(pem).catch((err: unknown) => {
        this.staticKey = undefined;
        throw err;
      });
      return this.staticKey;
    }
    const row = (await this.currentRow()) ?? (await this.ensureCurrent());
    return this.importKey(row);
  }

  /** The JWKS: the current key and every previous key some unexpired token may still carry. */
  async publicKeys(now = new Date()): Promise<PublicSigningJwk[]> {
    const rows = await this.repository.all();
    const published = rows.filter((row) => isPublished(row, now, this.policy)).map((row) => row.public_jwk as PublicSigningJwk);
    if (!this.config.JWT_PRIVATE_KEY_PEM) return published;
    const pemKey = await this.current();
    return [pemKey.publicJwk, ...published.filter((jwk) => jwk.kid !== pemKey.kid)];
  }

  /** A new current key now (admin's request); refused while the key comes from the environment. */
  async rotate(now = new Date()): Promise<RotationResult> {
    if (this.isStatic) throw IdentityException.staticSigningKey();
    return this.locked(async () => this.replaceCurrent(await this.currentRow(), now));
  }

  /** A new current key when the current one has reached SIGNING_KEY_ROTATION_DAYS; null when not due. */
  async rotateIfDue(now = new Date()): Promise<RotationResult | null> {
    if (this.isStatic) return null;
    return this.locked(async () => {
      // Re-read under the lock: a replica that rotated meanwhile makes this one a no-op.
      const current = await this.currentRow();
      return rotationDue(current, now, this.policy) ? this.replaceCurrent(current, now) : null;
    });
  }

  /** Previous keys whose tokens have all expired stop being published and lose their private half. */
  async retireExpired(now = new Date()): Promise<string[]> {
    const windowSeconds = this.policy.accessTokenTtlSeconds + this.policy.clockSkewSeconds;
    const kids = await this.repository.retireSupersededBefore(now, windowSeconds);
    for (const kid of kids) {
      this.imported.delete(kid);
      this.log.log(`retired signing key ${kid}`);
    }
    return kids;
  }

  /** The current row, creating the very first key if there is none (two replicas starting at once make one). */
  async ensureCurrent(now = new Date()): Promise<SigningKeyRow> {
    return this.locked(async () => (await this.currentRow()) ?? (await this.insertCurrent(now)));
  }

  private currentRow(): Promise<SigningKeyRow | null> {
    return this.repository.findCurrent();
  }

  private locked<T>(work: () => Promise<T>): Promise<T> {
    return this.tx.run(async () => {
      await this.repository.lockChanges();
      return work();
    });
  }

  private async replaceCurrent(current: SigningKeyRow | null, now: Date): Promise<RotationResult> {
    if (current) {
      await this.repository.supersede(current.kid, now);
    }
    const row = await this.insertCurrent(now);
    const publishedTill = current ? publishedUntil(now, this.policy) : null;
    this.log.log(
      `rotated signing key: ${row.kid} signs from now` +
        (current ? `, ${current.kid} stays published until ${publishedTill!.toISOString()}` : ''),
    );
    return { kid: row.kid, activated_at: now, previous_kid: current?.kid ?? null, previous_published_until: publishedTill };
  }

  private async insertCurrent(now: Date): Promise<SigningKeyRow> {
    const { key, privateJwk } = await generateSigningKey();
    const row: SigningKeyRow = {
      kid: key.kid,
      private_jwk: privateJwk,
      public_jwk: key.publicJwk,
      created_at: now,
      state: 'current',
      activated_at: now,
      superseded_at: null,
      retired_at: null,
    };
    await this.repository.insert(row);
    this.imported.set(key.kid, Promise.resolve(key));
    return row;
  }

  private importKey(row: SigningKeyRow): Promise<SigningKey> {
    let key = this.imported.get(row.kid);
    if (!key) {
      key = signingKeyFromJwk(row.private_jwk!);
      this.imported.set(row.kid, key);
      key.catch(() => this.imported.delete(row.kid));
    }
    return key;
  }
}
