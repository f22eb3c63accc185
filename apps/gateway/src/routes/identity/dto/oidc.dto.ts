import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { TOTP_OR_BACKUP_CODE } from './two-factor-code.dto';

/** `GET /auth/google|apple?format=json`: the authorization URL as JSON instead of a redirect (mobile apps). */
export class OidcStartQueryDto {
  @ApiPropertyOptional({ enum: ['json'], description: 'json: answer {authorization_url} with 200 instead of a 302' })
  @IsOptional()
  @IsIn(['json'])
  format?: 'json';
}

/** What every provider sends back to the redirect URI, plus the account's 2FA code when it has one. */
class OidcCallbackFields {
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

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  error_description?: string;

  @ApiPropertyOptional({ description: 'required when the account has two-factor authentication on (else 401 TOTP_REQUIRED)' })
  @IsOptional()
  @Matches(TOTP_OR_BACKUP_CODE, { message: 'totp_code must be 6 to 8 digits or a backup code such as abcde-fgh23' })
  totp_code?: string;

  /** RFC 9207's issuer identification, which providers may add; the ID token's iss is what is checked. */
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(500)
  iss?: string;
}

/** `GET /auth/google/callback`: Google also appends scope, authuser, prompt and hd, which are not used. */
export class GoogleCallbackQueryDto extends OidcCallbackFields {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(1000) scope?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(20) authuser?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) prompt?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(255) hd?: string;
}

/** `POST /auth/apple/callback` (form_post): `user` comes on the first sign-in only; Apple's id_token field is not trusted, the code is redeemed instead. */
export class AppleCallbackBodyDto extends OidcCallbackFields {
  @ApiPropertyOptional({ description: 'JSON with the name ({"name":{"firstName","lastName"},"email"}), first sign-in only' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  user?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(8192)
  id_token?: string;
}
