import { IsEmail, IsOptional, MinLength, ValidateIf } from 'class-validator';
import { IntInRange, MatchesPattern, ServiceWithDatabaseConfig } from '@platter/config';

// The admin account is configured as a pair: one without the other is a mistake worth stopping for.
const adminConfigured = (c: IdentityConfig) => c.ADMIN_EMAIL !== undefined || c.ADMIN_PASSWORD !== undefined;

export class IdentityConfig extends ServiceWithDatabaseConfig {
  override PORT = 3101;

  @IntInRange(60, 86400)
  ACCESS_TOKEN_TTL_SECONDS: number = 900; // short-lived (issue 3); refresh tokens carry the session

  @IntInRange(300, 31536000)
  REFRESH_TOKEN_TTL_SECONDS: number = 604800;

  /** PKCS8 PEM of an EC P-256 key; without it the key lives in the signing_keys table. */
  @IsOptional()
  @MatchesPattern(/-----BEGIN PRIVATE KEY-----[\s\S]+-----END PRIVATE KEY-----/)
  JWT_PRIVATE_KEY_PEM?: string;

  /** With ADMIN_PASSWORD: the admin account ensured at start-up (admins never self-register). */
  @ValidateIf(adminConfigured)
  @IsEmail({}, { message: 'must be an email address when ADMIN_PASSWORD is set' })
  ADMIN_EMAIL?: string;

  @ValidateIf(adminConfigured)
  @MinLength(8, { message: 'must be at least 8 characters when ADMIN_EMAIL is set' })
  ADMIN_PASSWORD?: string;
}
