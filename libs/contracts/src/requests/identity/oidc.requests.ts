import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { OidcCallbackData } from '../../rpc/identity';
import { TOTP_OR_BACKUP_CODE } from './auth.requests';

/** `GET /auth/google|apple?format=json`: the authorization URL as JSON instead of a redirect (mobile apps). */
export class OidcStartQuery {
  @ApiPropertyOptional({ enum: ['json'], description: 'json: answer {authorization_url} with 200 instead of a 302' })
  @IsOptional()
  @IsIn(['json'])
  format?: 'json';
}

/**
 * What every provider sends back to the redirect URI, plus the account's 2FA code when it has one;
 * identity checks the same fields of `identity.oidc.complete` (the gateway adds the provider).
 */
export class OidcCallbackRequest implements Omit<OidcCallbackData, 'provider' | 'user'> {
  @ApiProperty({ description: 'the state /auth/<provider> put in the authorization URL' })
  @IsString()
  @Length(1, 512)
  state: string;

  @ApiPropertyOptional({ description: 'the authorization code (absent when the user or provider refused)' })
  @IsOptional()
  @IsString()
  @Length(1, 4096)
  code?: string;

  @ApiPropertyOptional({ example: 'access_denied' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  error?: string;

  @ApiPropertyOptional({ description: 'required when the account has two-factor authentication on (else 401 TOTP_REQUIRED)' })
  @IsOptional()
  @Matches(TOTP_OR_BACKUP_CODE, { message: 'totp_code must be 6 to 8 digits or a backup code such as abcde-fgh23' })
  totp_code?: string;
}

/** Fields providers add to the callback that sign-in does not use, bounded. */
class ProviderCallbackFields extends OidcCallbackRequest {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  error_description?: string;

  /** The issuer identification (RFC 9207) providers may add; the ID token's iss is what is checked. */
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(500)
  iss?: string;
}

/** `GET /auth/google/callback`: Google also appends scope, authuser, prompt and hd, which are not used. */
export class GoogleCallbackQuery extends ProviderCallbackFields {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(1000) scope?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(20) authuser?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) prompt?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(255) hd?: string;
}

/** Apple's first-sign-in JSON (the name), as `user` of its form post: one rule for the gateway's body and identity's request. */
const AppleUserField = (): PropertyDecorator => (target, key) => {
  // Applied in the order the decorators would run when stacked (bottom-up).
  MaxLength(2000)(target, key);
  IsString()(target, key);
  IsOptional()(target, key);
  ApiPropertyOptional({ description: 'JSON with the name ({"name":{"firstName","lastName"},"email"}), first sign-in only' })(target, key);
};

/** `POST /auth/apple/callback` (form_post): `user` comes on the first sign-in only; Apple's id_token field is not trusted, the code is redeemed instead. */
export class AppleCallbackBody extends ProviderCallbackFields {
  @AppleUserField()
  user?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(8192)
  id_token?: string;
}

/** `identity.oidc.complete` as identity checks it: the callback's fields and Apple's `user`. */
export class CompleteOidcSignInRequest extends OidcCallbackRequest implements Omit<OidcCallbackData, 'provider'> {
  @AppleUserField()
  user?: string;
}
