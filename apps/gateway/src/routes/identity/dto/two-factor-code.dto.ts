import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { TwoFactorCodeData } from '@platter/contracts';

/** The codes an authenticator app shows (6 digits in use; up to 8 accepted in the format). */
export const TOTP_CODE = /^\d{6,8}$/;
/** A TOTP code or a backup code such as `abcde-fgh23` (base32, hyphen optional, any case). */
export const TOTP_OR_BACKUP_CODE = /^(\d{6,8}|[A-Za-z2-7]{5}-?[A-Za-z2-7]{5})$/;

export class TotpCodeDto implements TwoFactorCodeData {
  @ApiProperty({ example: '123456', description: 'the code the authenticator app shows now' })
  @Matches(TOTP_CODE, { message: 'code must be 6 to 8 digits' })
  code: string;
}

export class TotpOrBackupCodeDto implements TwoFactorCodeData {
  @ApiProperty({ example: '123456', description: 'a code from the authenticator app or an unused backup code (abcde-fgh23)' })
  @Matches(TOTP_OR_BACKUP_CODE, { message: 'code must be 6 to 8 digits or a backup code such as abcde-fgh23' })
  code: string;
}
