import { Type } from 'class-transformer';
import {
  ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUrl, Max, MaxLength, Min, ValidateNested,
} from 'class-validator';
import {
  AvailabilityWindow, MenuItemDetailsData, MenuTranslation, MenuTranslations, ModifierGroupData, ModifierOptionData, VariantData, WEEKDAYS, Weekday,
} from '@platter/contracts';

// The item and category fields every menu command accepts, checked field by field; the rules
// relating fields to each other (min ≤ max...) are in domain/menu-rules.ts.

const MAX_PRICE = 1_000_000_000;

export class TranslationRequest implements MenuTranslation {
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(200) name?: string;
  @IsOptional() @IsString() @MaxLength(2000) description?: string;
}

export class TranslationsRequest implements MenuTranslations {
  @IsOptional() @ValidateNested() @Type(() => TranslationRequest) en?: TranslationRequest;
  @IsOptional() @ValidateNested() @Type(() => TranslationRequest) fr?: TranslationRequest;
}

export class AvailabilityWindowRequest implements AvailabilityWindow {
  @IsArray() @ArrayMaxSize(7) @IsIn(WEEKDAYS, { each: true }) days: Weekday[];
  @IsString() from: string;
  @IsString() to: string;
}

export class VariantRequest implements VariantData {
  @IsString() @IsNotEmpty() @MaxLength(100) name: string;
  @IsInt() @Min(0) @Max(MAX_PRICE) price: number;
  @IsOptional() @ValidateNested() @Type(() => TranslationsRequest) translations?: TranslationsRequest;
}

export class ModifierOptionRequest implements ModifierOptionData {
  @IsString() @IsNotEmpty() @MaxLength(100) name: string;
  /** Added to the item's (or variant's) price; negative for a cheaper choice. */
  @IsInt() @Min(-MAX_PRICE) @Max(MAX_PRICE) price_delta: number;
  @IsOptional() @IsBoolean() is_available?: boolean;
  @IsOptional() @ValidateNested() @Type(() => TranslationsRequest) translations?: TranslationsRequest;
}

export class ModifierGroupRequest implements ModifierGroupData {
  @IsString() @IsNotEmpty() @MaxLength(100) name: string;
  @IsInt() @Min(0) @Max(50) min_choices: number;
  @IsInt() @Min(0) @Max(50) max_choices: number;
  @IsArray() @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => ModifierOptionRequest) options: ModifierOptionRequest[];
  @IsOptional() @ValidateNested() @Type(() => TranslationsRequest) translations?: TranslationsRequest;
}

/** The optional details of an item; a missing field is left as it is (update) or defaulted (create). */
export class MenuItemDetailsRequest implements MenuItemDetailsData {
  @IsOptional() @IsString() @MaxLength(2000) description?: string;
  @IsOptional() @IsBoolean() is_available?: boolean;
  @IsOptional() @IsArray() @ArrayMaxSize(10) @IsUrl({ protocols: ['http', 'https'], require_tld: false }, { each: true }) images?: string[];
  @IsOptional() @IsArray() @ArrayMaxSize(30) @IsString({ each: true }) @MaxLength(50, { each: true }) allergens?: string[];
  @IsOptional() @IsArray() @ArrayMaxSize(30) @IsString({ each: true }) @MaxLength(50, { each: true }) dietary_tags?: string[];
  @IsOptional() @IsInt() @Min(0) @Max(1440) prep_time_minutes?: number | null;
  @IsOptional() @ValidateNested() @Type(() => TranslationsRequest) translations?: TranslationsRequest;
  @IsOptional() @IsInt() @Min(0) @Max(1_000_000) stock_quantity?: number | null;
  @IsOptional() @IsArray() @ArrayMaxSize(14) @ValidateNested({ each: true }) @Type(() => AvailabilityWindowRequest)
  availability_schedule?: AvailabilityWindowRequest[] | null;
  @IsOptional() @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => VariantRequest) variants?: VariantRequest[];
  @IsOptional() @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => ModifierGroupRequest) modifier_groups?: ModifierGroupRequest[];
}

export { MAX_PRICE };
