import { IsEmail, IsOptional, MinLength, ValidateIf } from 'class-validator';
import { IntInRange, MatchesPattern, ServiceWithDatabaseConfig } from '@platter/config';

// The admin account is configured as a pair: one without the other is a mistake worth stopping for.
const adminConfigured = (c: IdentityConfig) => c.ADMIN_EMAIL !== undefined || c.ADMIN_PASSWORD !== undefined;

/** The sign-up policy (10+, not common) is not applied to the configured admin password yet (issue 3 scope). */
export const ADMIN_PASSWORD_MIN_LENGTH = 8;

export class IdentityConfig extends ServiceWithDatabaseConfig {
  override PORT = 3101;

  @IntInRange(60, 86400)
  ACCESS_TOKEN_TTL_SECONDS: number = 900; // short-lived (issue 3); refresh tokens carry the session

  @IntInRange(300, 31536000)
  REFRESH_TOKEN_TTL_SECONDS: number = 604800;

  /** Wrong passwords in a row that lock an account (issue 3). */
  @IntInRange(1, 100)
  LOCKOUT_THRESHOLD: number = 5;

  @IntInRange(1, 1440)
  LOCKOUT_MINUTES: number = 15;

  /** PKCS8 PEM of an EC P-256 key; without it the key lives in the signing_keys table. */
  @IsOptional()
  @MatchesPattern(/-----BEGIN PRIVATE KEY-----[\s\S]+-----END PRIVATE KEY-----/)
  JWT_PRIVATE_KEY_PEM?: string;

  /** With ADMIN_PASSWORD: the admin account ensured at start-up (admins never self-register). */
  @ValidateIf(adminConfigured)
  @IsEmail({}, { message: 'must be an email address when ADMIN_PASSWORD is set' })
  ADMIN_EMAIL?: string;

  @ValidateIf(adminConfigured)
  @MinLength(ADMIN_PASSWORD_MIN_LENGTH, { message: `must be at least ${ADMIN_PASSWORD_MIN_LENGTH} characters when ADMIN_EMAIL is set` })
  ADMIN_PASSWORD?: string;
}
