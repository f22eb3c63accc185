import { UserRole } from '../events';

export interface PublicUser {
  id: string;
  email: string;
  name: string;
  phone: string | null;
  role: UserRole;
  status: 'active' | 'suspended' | 'banned';
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
}
export interface AuthResult {
  user: PublicUser;
  tokens: TokenPair;
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
