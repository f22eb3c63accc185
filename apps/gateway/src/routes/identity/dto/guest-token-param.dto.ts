import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';

/** A guest session token as POST /guest/session issues it: 43 base64url characters. */
export const GUEST_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export class GuestTokenParamDto {
  @ApiProperty({ description: 'the token POST /guest/session returned' })
  @Matches(GUEST_TOKEN_PATTERN, { message: 'token must be a guest session token' })
  token: string;
}
