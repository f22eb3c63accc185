import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { SendReferralData } from '@platter/contracts';

/** Exactly one of email or phone (ordering answers 400 otherwise, naming the field). */
export class SendReferralDto implements SendReferralData {
  @ApiPropertyOptional({ example: 'friend@example.cm' })
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  email?: string;

  @ApiPropertyOptional({ example: '+237690000000' })
  @IsOptional()
  @IsString()
  @Matches(/^\+?[0-9][0-9 ]{5,19}$/, { message: 'phone must be a phone number such as +237690000000' })
  phone?: string;
}
