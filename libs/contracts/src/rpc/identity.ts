import { UserRole } from '../events';

export const USER_STATUSES = ['active', 'suspended', 'banned'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

export interface PublicUser {
  id: string;
  email: string;
  name: string;
  phone: string | null;
  role: UserRole;
  status: UserStatus;
  email_verified: boolean;
  created_at: string;
}

export interface TokenPair {
  access_token: string;
  refresh_token: string;
  expires_in: number;
  token_type: 'Bearer';
}

export interface RegisterData {
  email: string;
  password: string;
  name: string;
  phone?: string;
  role?: 'customer' | 'restaurant_owner' | 'driver';
}
export interface LoginData {
  email: string;
  password: string;
  totp_code?: string;
}
export interface RefreshData {
  refresh_token: string;
}
export interface LogoutData {
  refresh_token?: string;
  /** The `sid` claim of the caller's access token, set by the gateway: logs out that session. */
  session_id?: string;
}
export interface AuthResult {
  user: PublicUser;
  tokens: TokenPair;
}
export interface LogoutResult {
  logged_out: true;
}

/** `identity.admin.users.list`: a page of accounts, optionally by role, status and a text in email or name. */
export interface AdminUserListQuery {
  page?: number;
  limit?: number;
  role?: UserRole;
  status?: UserStatus;
  q?: string;
}
/** `identity.admin.users.set-status`: suspending or banning ends every session of the account. */
export interface SetUserStatusData {
  id: string;
  status: UserStatus;
  reason?: string;
}

/** Body of the 2FA commands: a TOTP code (verify, regenerate) or a TOTP or backup code (disable). */
export interface TwoFactorCodeData {
  code: string;
}
/** A new, not yet enabled TOTP secret (base32) and its key URI for authenticator apps. */
export interface TwoFactorSetupResult {
  secret: string;
  otpauth_uri: string;
}
/** Backup codes are shown once, here; only their hashes are kept. */
export interface TwoFactorEnabledResult {
  enabled: true;
  backup_codes: string[];
}
export interface TwoFactorDisabledResult {
  enabled: false;
}
export interface BackupCodesRemaining {
  enabled: boolean;
  remaining: number;
}
export interface BackupCodesIssued {
  backup_codes: string[];
}

/** A public key identity signs access tokens with (EC P-256), as published in its JWKS. */
export interface PublicSigningJwk {
  kty: 'EC';
  crv: 'P-256';
  x: string;
  y: string;
  kid: string;
  alg: 'ES256';
  use: 'sig';
}
/** Answer of `identity.auth.jwks`: every key a valid access token may be signed with. */
export interface JwksResult {
  keys: PublicSigningJwk[];
}

/** Access-token claims: sub = user id, role, email; iss = 'platter-identity', aud = 'platter'. */
export interface AccessTokenClaims {
  sub: string;
  role: UserRole;
  email: string;
  sid: string;
}

export const JWT_ISSUER = 'platter-identity';
export const JWT_AUDIENCE = 'platter';
