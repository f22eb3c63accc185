import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length, Matches } from 'class-validator';
import { PhoneCodeData, PhoneOtpRequestData, PhoneOtpSignInData } from '../../rpc/identity';
import { IsPhoneNumber } from '../field-rules';
import { PHONE_CODE_PATTERN } from './identity-fields';

/** `POST /auth/otp/request`: a number that cannot be a phone is refused; any other gets the same answer. */
export class RequestPhoneOtpRequest implements PhoneOtpRequestData {
  @IsPhoneNumber('phone')
  phone: string;
}

/**
 * `POST /auth/otp/verify`. The phone is only bounded here: a malformed number gets the same 401 as
 * an unknown number or a wrong code, so an answer never tells which part was wrong.
 */
export class SignInWithPhoneOtpRequest implements PhoneOtpSignInData {
  @ApiProperty({ example: '+237670123456', description: 'E.164, or a Cameroonian or Egyptian national form' })
  @IsString()
  @Length(6, 24)
  phone: string;

  @ApiProperty({ example: '042317', description: 'The six digits texted to the phone' })
  @Matches(PHONE_CODE_PATTERN, { message: 'code must be six digits' })
  code: string;

  @ApiPropertyOptional({ description: 'A TOTP or backup code, when 2FA is on' })
  @IsOptional()
  @IsString()
  @Length(6, 32)
  totp_code?: string;
}

/** `POST /users/me/phone/verify`. */
export class PhoneCodeRequest implements PhoneCodeData {
  @ApiProperty({ example: '042317', description: 'The six digits texted to your phone' })
  @Matches(PHONE_CODE_PATTERN, { message: 'code must be six digits' })
  code: string;
}
