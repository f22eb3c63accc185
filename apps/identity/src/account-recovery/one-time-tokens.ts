import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { TransactionHost } from '@platter/persistence';
import { IdentityConfig } from '../identity.config';
import { IssuedOneTimeToken, OneTimeTokenPurpose, TokenLifetimes, hashOneTimeToken, isWellFormedToken, newOneTimeToken } from './domain/one-time-token';
import { OneTimeToken } from './one-time-token.entity';

/** Emailed single-use tokens; every method runs inside the caller's tx.run. */
@Injectable()
export class OneTimeTokens {
  private readonly lifetimes: TokenLifetimes;

  constructor(
    private readonly tx: TransactionHost,
    config: IdentityConfig,
  ) {
    this.lifetimes = { passwordResetMinutes: config.PASSWORD_RESET_TTL_MINUTES, emailVerificationHours: config.EMAIL_VERIFICATION_TTL_HOURS };
  }

  /** A new token of `purpose` for the user; their earlier unused ones of that purpose stop working. */
  async issue(userId: string, purpose: OneTimeTokenPurpose): Promise<IssuedOneTimeToken> {
    // The account row is locked so two requests at once leave one live token, not two.
    await this.tx.manager.query(`SELECT 1 FROM users WHERE id = $1 FOR UPDATE`, [userId]);
    await this.discardUnused(userId, purpose);
    const issued = newOneTimeToken(purpose, this.lifetimes, new Date());
    await this.tx.repository(OneTimeToken).insert({
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
   * One conditional UPDATE: of two uses racing, Postgres re-checks `used_at IS NULL` for the second
   * after the first commits, so exactly one wins. Rolled back with the caller's transaction.
   */
  async consume(token: unknown, purpose: OneTimeTokenPurpose): Promise<string | null> {
    if (!isWellFormedToken(token)) return null;
    const [rows] = await this.tx.manager.query<[{ user_id: string }[], number]>(
      `UPDATE one_time_tokens SET used_at = now()
       WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > now()
       RETURNING user_id`,
      [hashOneTimeToken(token), purpose],
    );
    return rows[0]?.user_id ?? null;
  }

  /** Whose live token this is, without spending it (e.g. to check a new password against the email first). */
  async ownerOf(token: unknown, purpose: OneTimeTokenPurpose): Promise<string | null> {
    if (!isWellFormedToken(token)) return null;
    const rows = await this.tx.manager.query<{ user_id: string }[]>(
      `SELECT user_id FROM one_time_tokens WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > now()`,
      [hashOneTimeToken(token), purpose],
    );
    return rows[0]?.user_id ?? null;
  }

  async discardUnused(userId: string, purpose: OneTimeTokenPurpose): Promise<void> {
    await this.tx.manager.query(`DELETE FROM one_time_tokens WHERE user_id = $1 AND purpose = $2 AND used_at IS NULL`, [userId, purpose]);
  }
}
