import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { GuestSessionTokenData, StartGuestSessionData } from '../../rpc/identity';
import { IsPhoneNumber } from '../field-rules';
import { GUEST_TOKEN_PATTERN } from './identity-fields';

/** `POST /guest/session`: all optional, a guest may say who they are now or only when ordering. */
export class StartGuestSessionRequest implements StartGuestSessionData {
  @ApiPropertyOptional({ example: 'Awa Ngono' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  name?: string;

  @IsPhoneNumber('phone', { optional: true, description: 'E.164, or a Cameroonian or Egyptian national form; stored in E.164' })
  phone?: string;

  @ApiPropertyOptional({ example: 'awa@example.cm' })
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  email?: string;
}

/** `GET /guest/session/:token`. */
export class GuestSessionTokenRequest implements GuestSessionTokenData {
  @ApiProperty({ description: 'the token POST /guest/session returned' })
  @Matches(GUEST_TOKEN_PATTERN, { message: 'token must be a guest session token' })
  token: string;
}
