import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, Length, MaxLength } from 'class-validator';
import { ForgotPasswordData, ResetPasswordData, VerifyEmailData } from '../../rpc/identity';

/** `POST /auth/forgot-password`: the same answer whether or not the email has an account. */
export class ForgotPasswordRequest implements ForgotPasswordData {
  @ApiProperty({ example: 'awa@example.cm' })
  @IsEmail()
  @MaxLength(254)
  email: string;
}

/** `POST /auth/reset-password`. */
export class ResetPasswordRequest implements ResetPasswordData {
  // Only type and a bound: a malformed token gets INVALID_ONE_TIME_TOKEN, like an expired one.
  @ApiProperty({ description: 'the token from the reset link (43 characters, base64url)' })
  @IsString()
  @MaxLength(512)
  token: string;

  @ApiProperty({ minLength: 10, maxLength: 128, description: 'checked against the sign-up password policy' })
  @IsString()
  @Length(10, 128)
  password: string;
}

/** `POST /auth/verify-email`. */
export class VerifyEmailRequest implements VerifyEmailData {
  // Only type and a bound: a malformed token gets INVALID_ONE_TIME_TOKEN, like an expired one.
  @ApiProperty({ description: 'the token from the verification link (43 characters, base64url)' })
  @IsString()
  @MaxLength(512)
  token: string;
}
