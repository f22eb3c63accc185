import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { StartGuestSessionData } from '@platter/contracts';

/** All optional: a guest may say who they are now or only when ordering. */
export class StartGuestSessionDto implements StartGuestSessionData {
  @ApiPropertyOptional({ example: 'Awa Ngono' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  name?: string;

  @ApiPropertyOptional({ example: '+237690000000' })
  @IsOptional()
  @IsString()
  @Matches(/^\+?[0-9][0-9 ]{5,19}$/, { message: 'phone must be a phone number such as +237690000000' })
  phone?: string;

  @ApiPropertyOptional({ example: 'awa@example.cm' })
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  email?: string;
}
