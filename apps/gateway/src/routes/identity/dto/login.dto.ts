import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsOptional, IsString, Length, Matches } from 'class-validator';
import { LoginData } from '@platter/contracts';

export class LoginDto implements LoginData {
  @ApiProperty({ example: 'awa@example.cm' })
  @IsEmail()
  email: string;

  @ApiProperty()
  @IsString()
  @Length(1, 128)
  password: string;

  @ApiPropertyOptional({ description: 'required when two-factor authentication is on (else 401 TOTP_REQUIRED)' })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'totp_code must be 6 digits' })
  totp_code?: string;
}
