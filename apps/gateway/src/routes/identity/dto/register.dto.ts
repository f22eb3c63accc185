import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { RegisterData } from '@platter/contracts';

const SELF_REGISTERABLE_ROLES = ['customer', 'restaurant_owner', 'driver'] as const;

export class RegisterDto implements RegisterData {
  @ApiProperty({ example: 'awa@example.cm' })
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty({ minLength: 10, maxLength: 128 })
  @IsString()
  @Length(10, 128)
  password: string;

  @ApiProperty({ example: 'Awa Ngono' })
  @IsString()
  @Length(1, 100)
  name: string;

  @ApiPropertyOptional({ example: '+237690000000' })
  @IsOptional()
  @IsString()
  @Matches(/^\+?[0-9][0-9 ]{5,19}$/, { message: 'phone must be a phone number such as +237690000000' })
  phone?: string;

  @ApiPropertyOptional({ enum: SELF_REGISTERABLE_ROLES, default: 'customer', description: 'an admin is never self-registered' })
  @IsOptional()
  @IsIn(SELF_REGISTERABLE_ROLES)
  role?: (typeof SELF_REGISTERABLE_ROLES)[number];

  @ApiPropertyOptional({ description: 'a guest session token (POST /guest/session): the new customer takes over that guest\'s orders; single use' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{43}$/, { message: 'guest_token must be a guest session token' })
  guest_token?: string;

  @ApiPropertyOptional({ example: 'K7QH2MXP', description: 'a customer\'s referral code (GET /client/referrals/stats); an unknown code is ignored' })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  referral_code?: string;

  @ApiPropertyOptional({ example: '1995-04-23', description: 'YYYY-MM-DD, at least 13 years ago (the loyalty birthday bonus)' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'birthday must be a date, YYYY-MM-DD' })
  birthday?: string;
}
