import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize, IsArray, IsEmail, IsNumber, IsObject, IsOptional, IsString, Length, Matches, Max, MaxLength, Min, ValidateIf,
} from 'class-validator';
import { RestaurantView, UpdateRestaurantProfileData } from '@platter/contracts';

const present = (_: object, value: unknown) => value !== undefined && value !== null;

/** PUT /restaurant/profile: send only what changes; null clears description, coordinates, phone, email. */
export class UpdateRestaurantProfileDto implements UpdateRestaurantProfileData {
  @ApiPropertyOptional({ example: 'Chez Awa' })
  @IsOptional() @IsString() @Length(1, 200)
  name?: string;

  @ApiPropertyOptional({ example: 'chez-awa', description: 'Unique; 409 CONFLICT when another restaurant has it' })
  @IsOptional() @Matches(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'slug must be lower-case letters, digits and single dashes' }) @MaxLength(80)
  slug?: string;

  @ApiPropertyOptional({ nullable: true })
  @ValidateIf(present) @IsString() @MaxLength(2000)
  description?: string | null;

  @ApiPropertyOptional({ example: 'Bonanjo, Douala' })
  @IsOptional() @IsString() @Length(1, 500)
  address?: string;

  @ApiPropertyOptional({ nullable: true, minimum: -90, maximum: 90 })
  @ValidateIf(present) @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(-90) @Max(90)
  latitude?: number | null;

  @ApiPropertyOptional({ nullable: true, minimum: -180, maximum: 180 })
  @ValidateIf(present) @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(-180) @Max(180)
  longitude?: number | null;

  @ApiPropertyOptional({ nullable: true, example: '+237690000000', description: 'Stored in E.164' })
  @ValidateIf(present) @IsString() @MaxLength(32)
  phone?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @ValidateIf(present) @IsEmail()
  email?: string | null;

  @ApiPropertyOptional({ type: [String], example: ['grill', 'cameroonian'] })
  @IsOptional() @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) @MaxLength(40, { each: true })
  cuisine_tags?: string[];

  @ApiPropertyOptional({ example: 'Africa/Douala' })
  @IsOptional() @IsString() @MaxLength(64)
  timezone?: string;

  @ApiPropertyOptional({ example: { mon: [['08:00', '22:00']], fri: [['18:00', '02:00']] }, description: 'Local time; a missing day is closed' })
  @IsOptional() @IsObject()
  opening_hours?: RestaurantView['opening_hours'];

  @ApiPropertyOptional({ example: [{ date: '2026-12-25', hours: [] }], description: 'Replace the weekday hours on those dates' })
  @IsOptional() @IsArray() @ArrayMaxSize(366)
  hours_exceptions?: RestaurantView['hours_exceptions'];

  @ApiPropertyOptional({ example: 'XAF' })
  @IsOptional() @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code such as XAF' })
  currency?: string;

  @ApiPropertyOptional({ example: { en: { name: 'At Awa' }, fr: { name: 'Chez Awa' } } })
  @IsOptional() @IsObject()
  translations?: RestaurantView['translations'];
}
