import { IsEmail, IsOptional, MinLength, ValidateBy, ValidateIf } from 'class-validator';
import { IntInRange, MatchesPattern, ServiceWithDatabaseConfig, UrlWithScheme } from '@platter/config';
import { PiiCipher, PiiCipherError, parsePiiKeys } from '@platter/persistence';

// The admin account is configured as a pair: one without the other is a mistake worth stopping for.
const adminConfigured = (c: IdentityConfig) => c.ADMIN_EMAIL !== undefined || c.ADMIN_PASSWORD !== undefined;

/** The sign-up policy (10+, not common) is not applied to the configured admin password, which only needs this length. */
export const ADMIN_PASSWORD_MIN_LENGTH = 8;

/** Access tokens shorter than this are refused in production (clients would refresh all the time). */
export const PRODUCTION_MIN_ACCESS_TOKEN_TTL_SECONDS = 60;

/** Outside production a few seconds are allowed, so tests can watch tokens expire without waiting a minute. */
function AtLeastInProduction(min: number): PropertyDecorator {
  return ValidateBy({
    name: 'atLeastInProduction',
    validator: {
      validate: (value: unknown, args) => (args?.object as IdentityConfig).NODE_ENV !== 'production' || (typeof value === 'number' && value >= min),
      defaultMessage: () => `must be at least ${min} when NODE_ENV is production`,
    },
  });
}

/**
 * Development-only PII key (32 zero bytes: well-known, worthless as a secret): a fleet started
 * without PII_ENCRYPTION_KEYS still works on a laptop; production refuses to start without a key.
 */
export const DEV_PII_ENCRYPTION_KEYS = 'dev:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

/** `kid:<base64 of 32 bytes>` pairs, comma-separated; the message names the problem, never the key. */
function PiiKeyList(): PropertyDecorator {
  return ValidateBy({
    name: 'piiKeyList',
    validator: {
      validate: (value: unknown) => keyringProblem(value) === null,
      defaultMessage: (args) => `must be <kid>:<base64 of 32 bytes>[,<kid>:...], the first being the current key (${keyringProblem(args?.value)})`,
    },
  });
}

function keyringProblem(value: unknown): string | null {
  try {
    parsePiiKeys(typeof value === 'string' ? value : '');
    return null;
  } catch (err) {
    return err instanceof PiiCipherError ? err.message : 'unreadable';
  }
}

export class IdentityConfig extends ServiceWithDatabaseConfig {
  override PORT = 3101;

  @IntInRange(5, 86400)
  @AtLeastInProduction(PRODUCTION_MIN_ACCESS_TOKEN_TTL_SECONDS)
  ACCESS_TOKEN_TTL_SECONDS: number = 900; // short-lived: refresh tokens carry the session

  @IntInRange(300, 31536000)
  REFRESH_TOKEN_TTL_SECONDS: number = 604800;

  /** The revocation list the gateway reads (it must be the gateway's REDIS_URL): ended sessions' access tokens stop at once. */
  @UrlWithScheme(['redis', 'rediss'])
  REDIS_URL: string = 'redis://127.0.0.1:6379';

  /** Wrong passwords in a row from one address that lock the account for that address only. */
  @IntInRange(1, 100)
  LOCKOUT_THRESHOLD: number = 5;

  /** Wrong passwords in a row from any addresses that lock the account everywhere (distributed guessing); the emailed unlock lifts it. */
  @IntInRange(1, 10000)
  LOCKOUT_ACCOUNT_THRESHOLD: number = 50;

  /** How long an emailed unlock link works. */
  @IntInRange(1, 1440)
  UNLOCK_TOKEN_TTL_MINUTES: number = 30;

  @IntInRange(1, 1440)
  LOCKOUT_MINUTES: number = 15;

  /** At most one texted code per account in this many seconds (SMS bombing and pumping). */
  @IntInRange(0, 3600)
  PHONE_CODE_COOLDOWN_SECONDS: number = 60;

  /** Argon2id cost (OWASP minimum by default); hashes of another cost are redone at the next login. */
  @IntInRange(8192, 4194304)
  ARGON2_MEMORY_KIB: number = 19456;

  @IntInRange(1, 20)
  ARGON2_TIME_COST: number = 2;

  @IntInRange(1, 16)
  ARGON2_PARALLELISM: number = 1;

  /** How long a guest session (and its token) works: 7 days by default. */
  @IntInRange(1, 8760)
  GUEST_SESSION_TTL_HOURS: number = 168;

  /** How long an emailed password-reset link works. */
  @IntInRange(5, 1440)
  PASSWORD_RESET_TTL_MINUTES: number = 30;

  /** How long an emailed email-verification link works. */
  @IntInRange(1, 720)
  EMAIL_VERIFICATION_TTL_HOURS: number = 48;

  /** Age at which the stored signing key is replaced by a new one (checked at start-up and every minute). */
  @IntInRange(1, 3650)
  SIGNING_KEY_ROTATION_DAYS: number = 30;

  /** PKCS8 PEM of an EC P-256 key; without it the key lives in the signing_keys table. With it, rotation is refused. */
  @IsOptional()
  @MatchesPattern(/-----BEGIN PRIVATE KEY-----[\s\S]+-----END PRIVATE KEY-----/)
  JWT_PRIVATE_KEY_PEM?: string;

  /**
   * AES-256-GCM keys for personal data at rest (users.phone): `kid1:<base64>,kid0:<base64>`; the
   * first encrypts, all decrypt (rotation). Required in production; elsewhere DEV_PII_ENCRYPTION_KEYS.
   */
  @ValidateIf((c: IdentityConfig) => c.NODE_ENV === 'production' || c.PII_ENCRYPTION_KEYS !== undefined)
  @PiiKeyList()
  PII_ENCRYPTION_KEYS?: string;

  get piiCipher(): PiiCipher {
    return PiiCipher.fromSpec(this.PII_ENCRYPTION_KEYS ?? DEV_PII_ENCRYPTION_KEYS);
  }

  /** With ADMIN_PASSWORD: the admin account ensured at start-up (admins never self-register). */
  @ValidateIf(adminConfigured)
  @IsEmail({}, { message: 'must be an email address when ADMIN_PASSWORD is set' })
  ADMIN_EMAIL?: string;

  @ValidateIf(adminConfigured)
  @MinLength(ADMIN_PASSWORD_MIN_LENGTH, { message: `must be at least ${ADMIN_PASSWORD_MIN_LENGTH} characters when ADMIN_EMAIL is set` })
  ADMIN_PASSWORD?: string;

  // Sign-in with Google and Apple (OpenID Connect). A provider is offered only when its client is
  // configured (client id and redirect URI, plus its secret or Apple's team key); else its routes
  // answer 503 OAUTH_PROVIDER_NOT_CONFIGURED. Issuers are configuration so tests use a local provider.
  @UrlWithScheme(['https', 'http'])
  GOOGLE_OIDC_ISSUER: string = 'https://accounts.google.com';

  @IsOptional() @MinLength(1) GOOGLE_CLIENT_ID?: string;
  @IsOptional() @MinLength(1) GOOGLE_CLIENT_SECRET?: string;
  @IsOptional() @UrlWithScheme(['https', 'http']) GOOGLE_REDIRECT_URI?: string;

  @UrlWithScheme(['https', 'http'])
  APPLE_OIDC_ISSUER: string = 'https://appleid.apple.com';

  /** The Services ID. */
  @IsOptional() @MinLength(1) APPLE_CLIENT_ID?: string;
  @IsOptional() @MinLength(1) APPLE_TEAM_ID?: string;
  @IsOptional() @MinLength(1) APPLE_KEY_ID?: string;

  /** The team's PKCS8 P-256 key (.p8) that signs the client_secret JWT; `\n` escapes are accepted. */
  @IsOptional()
  @MatchesPattern(/-----BEGIN PRIVATE KEY-----[\s\S]+-----END PRIVATE KEY-----/)
  APPLE_PRIVATE_KEY_PEM?: string;

  @IsOptional() @UrlWithScheme(['https', 'http']) APPLE_REDIRECT_URI?: string;
}
