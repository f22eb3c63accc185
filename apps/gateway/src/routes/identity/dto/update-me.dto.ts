import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsObject, IsOptional, IsString, Length, Matches, ValidateIf } from 'class-validator';
import { UpdateMeData } from '@platter/contracts';

/**
 * `PUT /users/me` (seed 002): only what is given changes. Email, password and role are not fields
 * here, so the whitelist answers 400 for them. Identity checks the size of `preferences`.
 */
export class UpdateMeDto implements UpdateMeData {
  @ApiPropertyOptional({ example: 'Jane Doe' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  name?: string;

  @ApiPropertyOptional({ example: 'Jane Doe', description: 'seed 002’s name for `name`; give one of them' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  full_name?: string;

  @ApiPropertyOptional({ example: '+237690000000', nullable: true, description: 'stored in E.164, encrypted; null removes it' })
  @ValidateIf((_, value) => value !== undefined && value !== null)
  @IsString()
  @Matches(/^\+?[0-9][0-9 ]{5,19}$/, { message: 'phone must be a phone number such as +237690000000' })
  phone?: string | null;

  @ApiPropertyOptional({ example: { theme: 'dark', notifications: true }, description: 'a JSON object of at most 4 KB, seen only by its owner' })
  @IsOptional()
  @IsObject()
  preferences?: Record<string, unknown>;

  @ApiPropertyOptional({ example: '1995-04-23', nullable: true, description: 'YYYY-MM-DD, at least 13 years ago; null removes it' })
  @ValidateIf((_, value) => value !== undefined && value !== null)
  @IsString()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'birthday must be a date, YYYY-MM-DD' })
  birthday?: string | null;
}
