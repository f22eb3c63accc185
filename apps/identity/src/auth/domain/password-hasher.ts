import * as argon2 from 'argon2';
import { randomBytes } from 'node:crypto';

/** Argon2id cost: memory in KiB, passes, lanes. */
export interface Argon2Cost {
  memoryCost: number;
  timeCost: number;
  parallelism: number;
}

/** OWASP's minimum for Argon2id: 19 MiB, 2 passes, 1 lane (fast enough on a 2-core box). */
export const OWASP_MINIMUM_COST: Argon2Cost = { memoryCost: 19456, timeCost: 2, parallelism: 1 };

/** Hashes and verifies passwords with Argon2id at the configured cost. */
export class PasswordHasher {
  private dummyHash?: Promise<string>;
  private readonly params: Argon2Cost & { type: typeof argon2.argon2id };

  constructor(cost: Argon2Cost = OWASP_MINIMUM_COST) {
    this.params = { type: argon2.argon2id, ...cost };
  }

  hash(password: string): Promise<string> {
    return argon2.hash(password, this.params);
  }

  /** False for a wrong password and for a hash that cannot be parsed. */
  async verify(hash: string, password: string): Promise<boolean> {
    try {
      return await argon2.verify(hash, password);
    } catch {
      return false;
    }
  }

  /**
   * Spends the time of a real verification and fails: used when the email is unknown, so the
   * response time does not tell which emails have accounts.
   */
  async verifyNothing(password: string): Promise<false> {
    this.dummyHash ??= this.hash(randomBytes(32).toString('base64url'));
    await this.verify(await this.dummyHash, password);
    return false;
  }

  /** True when the hash was made with another cost than the configured one (rehash on next login). */
  isOutdated(hash: string): boolean {
    try {
      return argon2.needsRehash(hash, this.params);
    } catch {
      return true;
    }
  }
}
