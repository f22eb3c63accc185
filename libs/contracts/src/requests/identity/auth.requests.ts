import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsOptional, IsString, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import { LoginData, LogoutData, RefreshData, RegisterData, TwoFactorCodeData, UnlockAccountData } from '../../rpc/identity';
import { IsPhoneNumber } from '../field-rules';
import { BIRTHDAY_PATTERN, GUEST_TOKEN_PATTERN } from './identity-fields';

/** Roles anyone may pick when signing up; admins and staff are made by others. */
export const SELF_REGISTERABLE_ROLES = ['customer', 'restaurant_owner', 'driver'] as const;
export type SelfRegisterableRole = (typeof SELF_REGISTERABLE_ROLES)[number];

/** The codes an authenticator app shows (6 digits in use; up to 8 accepted in the format). */
export const TOTP_CODE = /^\d{6,8}$/;
/** A TOTP code or a backup code such as `abcde-fgh23` (base32, hyphen optional, any case). */
export const TOTP_OR_BACKUP_CODE = /^(\d{6,8}|[A-Za-z2-7]{5}-?[A-Za-z2-7]{5})$/;
const TOTP_OR_BACKUP_CODE_MESSAGE = 'must be 6 to 8 digits or a backup code such as abcde-fgh23';

/** `POST /auth/register`. The password's strength (common passwords, the email inside it) is identity's password policy. */
export class RegisterRequest implements RegisterData {
  @ApiProperty({ example: 'awa@example.cm' })
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty({ minLength: 10, maxLength: 128 })
  @IsString()
  @Length(10, 128)
  password: string;

  @ApiProperty({ example: 'Awa Ngono' })
  @IsString()
  @Length(1, 100)
  name: string;

  @IsPhoneNumber('phone', { optional: true, description: 'E.164, or a Cameroonian or Egyptian national form; stored in E.164' })
  phone?: string;

  @ApiPropertyOptional({ enum: SELF_REGISTERABLE_ROLES, default: 'customer', description: 'an admin is never self-registered' })
  @IsOptional()
  @IsIn(SELF_REGISTERABLE_ROLES)
  role?: SelfRegisterableRole;

  @ApiPropertyOptional({ description: "a guest session token (POST /guest/session): the new customer takes over that guest's orders; single use" })
  @IsOptional()
  @Matches(GUEST_TOKEN_PATTERN, { message: 'guest_token must be a guest session token' })
  guest_token?: string;

  @ApiPropertyOptional({ example: 'K7QH2MXP', description: "a customer's referral code (GET /client/referrals/stats); an unknown code is ignored" })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  referral_code?: string;

  @ApiPropertyOptional({ example: '1995-04-23', description: 'YYYY-MM-DD, at least 13 years ago (the loyalty birthday bonus)' })
  @IsOptional()
  @Matches(BIRTHDAY_PATTERN, { message: 'birthday must be a date, YYYY-MM-DD' })
  birthday?: string;
}

/** `POST /auth/login`. */
export class LoginRequest implements LoginData {
  @ApiProperty({ example: 'awa@example.cm' })
  @IsEmail()
  email: string;

  @ApiProperty()
  @IsString()
  @Length(1, 128)
  password: string;

  @ApiPropertyOptional({ description: 'required when two-factor authentication is on (else 401 TOTP_REQUIRED): a TOTP or backup code' })
  @IsOptional()
  @Matches(TOTP_OR_BACKUP_CODE, { message: `totp_code ${TOTP_OR_BACKUP_CODE_MESSAGE}` })
  totp_code?: string;
}

/** `POST /auth/refresh`; the gateway adds who presented the token (`client`). */
export class RefreshRequest implements RefreshData {
  @ApiProperty()
  @IsString()
  @Length(1, 512)
  refresh_token: string;

  @ApiPropertyOptional({ description: 'Act for this restaurant from now on (you must be a member)' })
  @IsOptional()
  @IsUUID()
  restaurant_id?: string;
}

/** `POST /auth/unlock`. */
export class UnlockAccountRequest implements UnlockAccountData {
  // Only type and a bound: a malformed token gets INVALID_ONE_TIME_TOKEN, like an expired one.
  @ApiProperty({ description: 'the token from the unlock link (43 characters, base64url)' })
  @IsString()
  @MaxLength(512)
  token: string;
}

/** `POST /auth/logout`; the gateway adds the access token's session (`session_id`). */
export class LogoutRequest implements LogoutData {
  @ApiPropertyOptional({ description: "ends that token's session; without it, the access token's session ends" })
  @IsOptional()
  @IsString()
  @Length(1, 512)
  refresh_token?: string;
}

/** `POST /auth/2fa/verify` and `POST /auth/2fa/backup-codes`: a code the authenticator app shows now. */
export class TotpCodeRequest implements TwoFactorCodeData {
  @ApiProperty({ example: '123456', description: 'the code the authenticator app shows now' })
  @Matches(TOTP_CODE, { message: 'code must be 6 to 8 digits' })
  code: string;
}

/** `POST /auth/2fa/disable`: a code from the authenticator app or an unused backup code. */
export class TotpOrBackupCodeRequest implements TwoFactorCodeData {
  @ApiProperty({ example: '123456', description: 'a code from the authenticator app or an unused backup code (abcde-fgh23)' })
  @Matches(TOTP_OR_BACKUP_CODE, { message: `code ${TOTP_OR_BACKUP_CODE_MESSAGE}` })
  code: string;
}
