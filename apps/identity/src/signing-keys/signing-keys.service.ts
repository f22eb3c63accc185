import { Injectable, Logger } from '@nestjs/common';
import { PublicSigningJwk } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { IdentityConfig } from '../identity.config';
import { SigningKey, generateSigningKey, signingKeyFromJwk, signingKeyFromPem } from './signing-key';
import { SigningKeyRow } from './signing-key.entity';

/**
 * The key access tokens are signed with: JWT_PRIVATE_KEY_PEM when configured, else the newest
 * row of signing_keys, generated on first start.
 */
@Injectable()
export class SigningKeys {
  private readonly log = new Logger(SigningKeys.name);
  private active?: Promise<SigningKey>;

  constructor(
    private readonly tx: TransactionHost,
    private readonly config: IdentityConfig,
  ) {}

  /** Loaded once per process; a failed load is retried on the next call. */
  current(): Promise<SigningKey> {
    this.active ??= this.load().catch((err: unknown) => {
      this.active = undefined;
      throw err;
    });
    return this.active;
  }

  /** Every key a live token may carry: the current one and any other stored key (rotation). */
  async publicKeys(): Promise<PublicSigningJwk[]> {
    const current = await this.current();
    const stored = await this.tx.repository(SigningKeyRow).find({ order: { created_at: 'DESC' } });
    const others = stored.filter((row) => row.kid !== current.kid).map((row) => row.public_jwk as PublicSigningJwk);
    return [current.publicJwk, ...others];
  }

  private async load(): Promise<SigningKey> {
    if (this.config.JWT_PRIVATE_KEY_PEM) return signingKeyFromPem(this.config.JWT_PRIVATE_KEY_PEM);
    return this.tx.run(async (manager) => {
      // Two instances starting at once on an empty table must not create two keys.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext(current_schema() || '.signing_keys'))`);
      const repo = this.tx.repository(SigningKeyRow);
      const [newest] = await repo.find({ order: { created_at: 'DESC' }, take: 1 });
      if (newest) return signingKeyFromJwk(newest.private_jwk);
      const { key, privateJwk } = await generateSigningKey();
      await repo.insert({ kid: key.kid, private_jwk: privateJwk, public_jwk: key.publicJwk });
      this.log.log(`generated signing key ${key.kid}`);
      return key;
    });
  }
}
