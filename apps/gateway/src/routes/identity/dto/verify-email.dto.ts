import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { VerifyEmailData } from '@platter/contracts';

export class VerifyEmailDto implements VerifyEmailData {
  // Only type and a bound: a malformed token gets identity's INVALID_ONE_TIME_TOKEN, like an expired one.
  @ApiProperty({ description: 'the token from the verification link (43 characters, base64url)' })
  @IsString()
  @MaxLength(512)
  token: string;
}
