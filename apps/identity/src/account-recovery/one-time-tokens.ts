import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { IdentityConfig } from '../identity.config';
import { UserRepository } from '../users/user.repository';
import { IssuedOneTimeToken, OneTimeTokenPurpose, TokenLifetimes, hashOneTimeToken, isWellFormedToken, newOneTimeToken } from './domain/one-time-token';
import { OneTimeTokenRepository } from './one-time-token.repository';

/** Emailed single-use tokens; every method runs inside the caller's tx.run. */
@Injectable()
export class OneTimeTokens {
  private readonly lifetimes: TokenLifetimes;

  constructor(
    private readonly tokens: OneTimeTokenRepository,
    private readonly users: UserRepository,
    config: IdentityConfig,
  ) {
    this.lifetimes = {
      passwordResetMinutes: config.PASSWORD_RESET_TTL_MINUTES,
      emailVerificationHours: config.EMAIL_VERIFICATION_TTL_HOURS,
      accountUnlockMinutes: config.UNLOCK_TOKEN_TTL_MINUTES,
    };
  }

  /** A new token of `purpose` for the user; their earlier unused ones of that purpose stop working. */
  async issue(userId: string, purpose: OneTimeTokenPurpose): Promise<IssuedOneTimeToken> {
    // The account row is locked so two requests at once leave one live token, not two.
    await this.users.lockAccount(userId);
    await this.discardUnused(userId, purpose);
    const issued = newOneTimeToken(purpose, this.lifetimes, new Date());
    await this.tokens.insert({
      id: randomUUID(),
      user_id: userId,
      purpose,
      token_hash: issued.hash,
      expires_at: issued.expiresAt,
      used_at: null,
    });
    return issued;
  }

  /**
   * Spends a live token and answers whose it was, or null (unknown, expired, used, superseded).
   * Of two uses racing, exactly one wins (see OneTimeTokenRepository.spendLive). Rolled back with the
   * caller's transaction.
   */
  async consume(token: unknown, purpose: OneTimeTokenPurpose): Promise<string | null> {
    if (!isWellFormedToken(token)) return null;
    return this.tokens.spendLive(hashOneTimeToken(token), purpose);
  }

  /** Whose live token this is, without spending it (e.g. to check a new password against the email first). */
  async ownerOf(token: unknown, purpose: OneTimeTokenPurpose): Promise<string | null> {
    if (!isWellFormedToken(token)) return null;
    return this.tokens.ownerOfLive(hashOneTimeToken(token), purpose);
  }

  /** Whether the user holds an unused, unexpired token of `purpose`. */
  hasLive(userId: string, purpose: OneTimeTokenPurpose): Promise<boolean> {
    return this.tokens.existsLive(userId, purpose);
  }

  async discardUnused(userId: string, purpose: OneTimeTokenPurpose): Promise<void> {
    await this.tokens.deleteUnused(userId, purpose);
  }
}
