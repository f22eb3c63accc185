import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, MaxLength } from 'class-validator';
import { ResetPasswordData } from '@platter/contracts';

export class ResetPasswordDto implements ResetPasswordData {
  // Only type and a bound: a malformed token gets identity's INVALID_ONE_TIME_TOKEN, like an expired one.
  @ApiProperty({ description: 'the token from the reset link (43 characters, base64url)' })
  @IsString()
  @MaxLength(512)
  token: string;

  @ApiProperty({ minLength: 10, maxLength: 128, description: 'checked against the sign-up password policy' })
  @IsString()
  @Length(10, 128)
  password: string;
}
