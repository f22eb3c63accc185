import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsInt, IsObject, IsOptional, IsString, IsUrl, Length, Max, Min } from 'class-validator';
import {
  AvailabilityWindow, MenuItemDetailsData, MenuTranslations, ModifierGroupData, VariantData,
} from '@platter/contracts';

/**
 * The item details every menu route accepts. Nested rows (variants, modifier groups, schedule,
 * translations) are checked here for shape only; catalog checks every nested field and the rules
 * between fields (min ≤ max...), answering one VALIDATION_ERROR detail per bad row.
 */
export class MenuItemDetailsDto implements MenuItemDetailsData {
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(0, 2000) description?: string;
  @ApiPropertyOptional({ default: true }) @IsOptional() @IsBoolean() is_available?: boolean;
  @ApiPropertyOptional({ type: [String], description: 'image URLs, the first is the main one' })
  @IsOptional() @IsArray() @ArrayMaxSize(10) @IsUrl({ protocols: ['http', 'https'], require_tld: false }, { each: true }) images?: string[];
  @ApiPropertyOptional({ type: [String], example: ['peanuts'] }) @IsOptional() @IsArray() @IsString({ each: true }) allergens?: string[];
  @ApiPropertyOptional({ type: [String], example: ['vegetarian'] }) @IsOptional() @IsArray() @IsString({ each: true }) dietary_tags?: string[];
  @ApiPropertyOptional({ minimum: 0 }) @IsOptional() @IsInt() @Min(0) @Max(1440) prep_time_minutes?: number | null;
  @ApiPropertyOptional({ example: { en: { name: 'Ndole' }, fr: { name: 'Ndolé' } } }) @IsOptional() @IsObject() translations?: MenuTranslations;
  @ApiPropertyOptional({ description: 'units left; null = not counted' }) @IsOptional() @IsInt() @Min(0) stock_quantity?: number | null;
  @ApiPropertyOptional({ example: [{ days: ['mon', 'tue'], from: '06:00', to: '11:00' }] })
  @IsOptional() @IsArray() @IsObject({ each: true }) availability_schedule?: AvailabilityWindow[] | null;
  @ApiPropertyOptional({ example: [{ name: 'Large', price: 4500 }] }) @IsOptional() @IsArray() @IsObject({ each: true }) variants?: VariantData[];
  @ApiPropertyOptional({ example: [{ name: 'Sauce', min_choices: 1, max_choices: 1, options: [{ name: 'Pimentée', price_delta: 0 }] }] })
  @IsOptional() @IsArray() @IsObject({ each: true }) modifier_groups?: ModifierGroupData[];
}
