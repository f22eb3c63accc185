import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsOptional, IsString, Length, Matches } from 'class-validator';
import { LoginData } from '@platter/contracts';
import { TOTP_OR_BACKUP_CODE } from './two-factor-code.dto';

export class LoginDto implements LoginData {
  @ApiProperty({ example: 'awa@example.cm' })
  @IsEmail()
  email: string;

  @ApiProperty()
  @IsString()
  @Length(1, 128)
  password: string;

  @ApiPropertyOptional({ description: 'required when two-factor authentication is on (else 401 TOTP_REQUIRED): a TOTP or backup code' })
  @IsOptional()
  @Matches(TOTP_OR_BACKUP_CODE, { message: 'totp_code must be 6 to 8 digits or a backup code such as abcde-fgh23' })
  totp_code?: string;
}
