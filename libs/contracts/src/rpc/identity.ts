import { UserRole } from '../events';
import type { MembershipRole } from './rpc-patterns';

/** `deleted`: erased by an admin (GDPR): anonymised, never active again. */
export const USER_STATUSES = ['active', 'suspended', 'banned', 'deleted'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];
/** What an admin may set with PUT /admin/users/:id/status; erasure is DELETE /admin/users/:id. */
export const SETTABLE_USER_STATUSES = ['active', 'suspended', 'banned'] as const satisfies readonly UserStatus[];
export type SettableUserStatus = (typeof SETTABLE_USER_STATUSES)[number];

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

/** The signed-in user's own view (GET and PUT /users/me): their account and their preferences. */
export interface CurrentUser extends PublicUser {
  preferences: Record<string, unknown>;
  /** A texted code came back from this phone: it may sign the account in (`/auth/otp/*`). */
  phone_verified: boolean;
  /** YYYY-MM-DD, or null when not given (the loyalty birthday bonus). */
  birthday?: string | null;
}
/** `PUT /users/me` (`full_name` is an older name for `name`): only what is given changes; `phone: null` removes it. */
export interface UpdateMeData {
  name?: string;
  full_name?: string;
  phone?: string | null;
  preferences?: Record<string, unknown>;
  /** YYYY-MM-DD; null removes it. */
  birthday?: string | null;
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
  /** A guest session's token: the new customer takes over that guest's orders (single use). */
  guest_token?: string;
  /** A customer's referral code (ordering's referrals): an unknown one is ignored, never an error. */
  referral_code?: string;
  /** YYYY-MM-DD, at least 13 years ago. */
  birthday?: string;
}
export interface LoginData {
  email: string;
  password: string;
  totp_code?: string;
  /** Set by the gateway: failed passwords lock the account only for the address they came from. */
  client?: ClientInfo;
}
export interface RefreshData {
  refresh_token: string;
  /** Act for this restaurant from now on (the user must be a member). */
  restaurant_id?: string;
  /** Set by the gateway: who presented the token, for the alert a reused refresh token raises. */
  client?: ClientInfo;
}
/** The HTTP client behind a request, as the gateway saw it. */
export interface ClientInfo {
  ip?: string;
  user_agent?: string;
}
/** `identity.admin.signing-keys.rotate`: the new current key, and until when the replaced one stays in the JWKS. */
export interface SigningKeyRotated {
  kid: string;
  activated_at: string;
  previous_kid: string | null;
  previous_published_until: string | null;
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

/** `identity.auth.forgot-password`: the same answer whether or not the email has an account. */
export interface ForgotPasswordData {
  email: string;
}
export interface ForgotPasswordResult {
  requested: true;
}
/** `identity.auth.unlock`: the emailed unlock link's token; every sign-in lock of its account is lifted. */
export interface UnlockAccountData {
  token: string;
}
export interface UnlockAccountResult {
  unlocked: true;
}
/** `identity.auth.reset-password`: the emailed token and the new password (registration's policy). */
export interface ResetPasswordData {
  token: string;
  password: string;
}
/** Every session was ended; the client logs in again with the new password. */
export interface ResetPasswordResult {
  password_reset: true;
}
export interface VerifyEmailData {
  token: string;
}
export interface VerifyEmailResult {
  email_verified: true;
}
/** `identity.auth.verify-email.resend`: a new link; earlier ones stop working. */
export interface EmailVerificationResent {
  expires_at: string;
}

/** The OpenID Connect providers a user can sign in with. */
export const OIDC_PROVIDERS = ['google', 'apple'] as const;
export type OidcProviderName = (typeof OIDC_PROVIDERS)[number];
/** `identity.oidc.start`: a new pending authorization (state, nonce, PKCE) at the provider. */
export interface OidcStartData {
  provider: OidcProviderName;
}
export interface OidcAuthorizationUrl {
  authorization_url: string;
}
/**
 * `identity.oidc.complete`: what the provider sent back to the redirect URI. `error` when the user
 * or provider refused; `user` is Apple's JSON (name) of a first sign-in; `totp_code` when the
 * account has 2FA on (else 401 TOTP_REQUIRED, as for a password login).
 */
export interface OidcCallbackData {
  provider: OidcProviderName;
  state: string;
  code?: string;
  error?: string;
  user?: string;
  totp_code?: string;
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
  status: SettableUserStatus;
  reason?: string;
}

/** `identity.admin.audit-log.list`: newest first; `user_id` matches entries the account made or that concern it. */
export interface AuditLogQuery {
  page?: number;
  limit?: number;
  user_id?: string;
  actor_id?: string;
  action?: string;
  /** ISO 8601 instants, `from` inclusive, `to` exclusive. */
  from?: string;
  to?: string;
}
export interface AuditLogEntryView {
  id: string;
  action: string;
  actor_id: string | null;
  /** Usually the id of the account concerned; the email tried, for failed logins. */
  target: string | null;
  ip: string | null;
  detail: string | null;
  at: string;
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

/** `identity.guests.start-session`: contact details a guest may give up front, all optional. */
export interface StartGuestSessionData {
  name?: string;
  phone?: string;
  email?: string;
}
/** The token is shown once, here; identity keeps only its SHA-256. */
export interface GuestSessionStarted {
  token: string;
  guest_id: string;
  expires_at: string;
}
/** `identity.guests.get-session`: a live session by its token (unknown and expired are both NOT_FOUND). */
export interface GuestSessionTokenData {
  token: string;
}
export interface GuestSessionView {
  guest_id: string;
  name: string | null;
  phone: string | null;
  email: string | null;
  expires_at: string;
  /** Set once the guest has registered with this session's token. */
  converted_user_id: string | null;
}

/** Access-token claims: sub = user id, role, email; iss = 'platter-identity', aud = 'platter'. */
export interface AccessTokenClaims {
  sub: string;
  role: UserRole;
  email: string;
  sid: string;
  /** Present when the user acts for a restaurant (an owner's approved restaurant, or staff's). */
  restaurant_id?: string;
  restaurant_role?: MembershipRole;
}

/** `POST /auth/otp/request`: text a sign-in code to this phone (E.164 or a national form). */
export interface PhoneOtpRequestData {
  phone: string;
}
/** `POST /auth/otp/verify`: the texted code (and a TOTP or backup code when 2FA is on) → a session. */
export interface PhoneOtpSignInData {
  phone: string;
  code: string;
  totp_code?: string;
}
/** A texted code is on its way (the same answer whether or not the number has an account). */
export interface OtpSent {
  sent: true;
  expires_in: number;
}
/** `POST /users/me/phone/verify`: the six digits texted to the account's phone. */
export interface PhoneCodeData {
  code: string;
}

/** One person's access to the restaurant the caller acts for (`/restaurant/staff`). */
export interface StaffMemberView {
  id: string;
  user_id: string;
  email: string;
  name: string;
  membership_role: MembershipRole;
  created_at: string;
}
/** `POST /restaurant/staff`: an account is made for an email we do not know yet. */
export interface AddStaffData {
  email: string;
  name?: string;
  membership_role: Exclude<MembershipRole, 'owner'>;
}
export interface ChangeStaffRoleData {
  id: string;
  membership_role: Exclude<MembershipRole, 'owner'>;
}
export interface StaffMemberRemoved {
  removed: true;
}
/** A restaurant the caller may act for (pick one with `POST /auth/refresh {restaurant_id}`). */
export interface MyRestaurantMembership {
  restaurant_id: string;
  membership_role: MembershipRole;
}

export const JWT_ISSUER = 'platter-identity';
export const JWT_AUDIENCE = 'platter';
