import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsNumber, IsOptional, IsString, Length, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { BROWSE_SORTS, BrowseSort, MENU_LANGUAGES, MenuLanguage, PublicRestaurantRef, PublicRestaurantsQuery } from '@platter/contracts';

/** The catalog's own check of what the gateway forwards for GET /public/restaurants. */
export class PublicRestaurantsRequest implements PublicRestaurantsQuery {
  @Type(() => Number) @IsInt() @Min(1) @Max(100000) page: number = 1;
  @Type(() => Number) @IsInt() @Min(1) @Max(100) limit: number = 20;
  @IsOptional() @IsString() @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value)) @Length(1, 100) q?: string;
  @IsOptional() @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) @MaxLength(50, { each: true }) cuisine?: string[];
  @IsOptional() @IsBoolean() open_now?: boolean;
  @ValidateIf((o: PublicRestaurantsRequest) => o.lng !== undefined || o.lat !== undefined || o.delivers === true || o.sort === 'distance')
  @IsNumber() @Min(-90) @Max(90) lat?: number;
  @ValidateIf((o: PublicRestaurantsRequest) => o.lat !== undefined || o.lng !== undefined || o.delivers === true || o.sort === 'distance')
  @IsNumber() @Min(-180) @Max(180) lng?: number;
  @IsOptional() @IsBoolean() delivers?: boolean;
  @IsOptional() @IsIn(BROWSE_SORTS) sort?: BrowseSort;
  @IsOptional() @IsIn(MENU_LANGUAGES) lang?: MenuLanguage;
}

/** A restaurant by UUID or slug. */
export class PublicRestaurantRefRequest implements PublicRestaurantRef {
  @IsString() @Length(1, 120) id: string;
  @IsOptional() @IsIn(MENU_LANGUAGES) lang?: MenuLanguage;
}
