import {
  ArrayMaxSize, IsArray, IsEmail, IsNotEmpty, IsNumber, IsObject, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateIf,
} from 'class-validator';
import { UpdateRestaurantProfileData, HoursException, WeeklyHours } from '@platter/contracts';
import { RestaurantTranslation } from '../../restaurant.entity';
import { SLUG_PATTERN } from '../../slug';

/** Every field optional; `null` clears the nullable ones. Hours are checked by hoursProblems(). */
export class UpdateProfileRequest implements UpdateRestaurantProfileData {
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(200) name?: string;
  @IsOptional() @Matches(SLUG_PATTERN, { message: 'slug must be lower-case letters, digits and single dashes' }) @MaxLength(80) slug?: string;
  @ValidateIf((_, v) => v !== undefined && v !== null) @IsString() @MaxLength(2000) description?: string | null;
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(500) address?: string;
  @ValidateIf((_, v) => v !== undefined && v !== null) @IsNumber() @Min(-90) @Max(90) latitude?: number | null;
  @ValidateIf((_, v) => v !== undefined && v !== null) @IsNumber() @Min(-180) @Max(180) longitude?: number | null;
  @ValidateIf((_, v) => v !== undefined && v !== null) @IsString() @MaxLength(32) phone?: string | null;
  @ValidateIf((_, v) => v !== undefined && v !== null) @IsEmail() email?: string | null;
  @IsOptional() @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) @MaxLength(40, { each: true }) cuisine_tags?: string[];
  @IsOptional() @IsString() @MaxLength(64) timezone?: string;
  @IsOptional() @IsObject() opening_hours?: WeeklyHours;
  @IsOptional() @IsArray() @ArrayMaxSize(366) hours_exceptions?: HoursException[];
  @IsOptional() @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code such as XAF' }) currency?: string;
  @IsOptional() @IsObject() translations?: Partial<Record<'en' | 'fr', RestaurantTranslation>>;
}
