import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length, Matches } from 'class-validator';
import { PhoneOtpRequestData, PhoneOtpSignInData } from '@platter/contracts';

export class RequestPhoneOtpDto implements PhoneOtpRequestData {
  @ApiProperty({ example: '+237670123456', description: 'E.164, or a Cameroonian or Egyptian national form' })
  @IsString()
  @Length(6, 24)
  phone: string;
}

export class SignInWithPhoneOtpDto implements PhoneOtpSignInData {
  @ApiProperty({ example: '+237670123456' })
  @IsString()
  @Length(6, 24)
  phone: string;

  @ApiProperty({ example: '042317', description: 'The six digits texted to the phone' })
  @Matches(/^\d{6}$/, { message: 'code must be six digits' })
  code: string;

  @ApiPropertyOptional({ description: 'A TOTP or backup code, when 2FA is on' })
  @IsOptional()
  @IsString()
  @Length(6, 32)
  totp_code?: string;
}

export class PhoneCodeDto {
  @ApiProperty({ example: '042317', description: 'The six digits texted to your phone' })
  @Matches(/^\d{6}$/, { message: 'code must be six digits' })
  code: string;
}
