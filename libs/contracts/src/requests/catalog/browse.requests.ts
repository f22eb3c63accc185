import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsNumber, IsOptional, IsString, Length, Matches, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import type { BrowseSort, PublicRestaurantRef, PublicRestaurantsQuery } from '../../rpc/browse';
import { BROWSE_SORTS } from '../../rpc/browse';
import type { MenuLanguage } from '../../rpc/menu';
import { MENU_LANGUAGES } from '../../rpc/menu';
import { PageRequest, QueryBoolean } from '../common';

/** `?cuisine=cameroonian,french` or repeated `?cuisine=a&cuisine=b` (an array passes through). */
function commaList({ value }: { value: unknown }): unknown {
  const values = Array.isArray(value) ? value : [value];
  return values.flatMap((v) => (typeof v === 'string' ? v.split(',') : [v])).map((v) => (typeof v === 'string' ? v.trim() : v)).filter((v) => v !== '');
}

/** A query coordinate as a number; an empty `?lat=` is not 0 (Number('') would say it is). A number passes through. */
function coordinate({ value }: { value: unknown }): unknown {
  if (value === undefined || typeof value === 'number') return value;
  return typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
}

const needsPoint = (o: PublicRestaurantsRequest) => o.lat !== undefined || o.lng !== undefined || o.delivers === true || o.sort === 'distance';

/** GET /public/restaurants: search, filters, sort and page. */
export class PublicRestaurantsRequest extends PageRequest implements PublicRestaurantsQuery {
  @ApiPropertyOptional({ description: 'Fuzzy search over restaurant and dish names (accents and small typos forgiven)', maxLength: 100 })
  @IsOptional() @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value)) @IsString() @Length(1, 100)
  q?: string;

  @ApiPropertyOptional({ description: 'Cuisine tags, comma-separated: any of them matches', type: String })
  @IsOptional() @Transform(commaList) @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) @MaxLength(50, { each: true })
  cuisine?: string[];

  @ApiPropertyOptional({ description: 'Only restaurants open right now (their hours, in their timezone)' })
  @IsOptional() @QueryBoolean() @IsBoolean()
  open_now?: boolean;

  @ApiPropertyOptional({ description: "The customer's latitude (with lng): distances are measured from it", minimum: -90, maximum: 90 })
  @ValidateIf(needsPoint) @Transform(coordinate) @IsNumber() @Min(-90) @Max(90)
  lat?: number;

  @ApiPropertyOptional({ description: "The customer's longitude (with lat)", minimum: -180, maximum: 180 })
  @ValidateIf(needsPoint) @Transform(coordinate) @IsNumber() @Min(-180) @Max(180)
  lng?: number;

  @ApiPropertyOptional({ description: 'With lat/lng: only restaurants delivering to that point' })
  @IsOptional() @QueryBoolean() @IsBoolean()
  delivers?: boolean;

  @ApiPropertyOptional({ enum: BROWSE_SORTS, description: 'Default: relevance when searching, distance with a point, else name' })
  @IsOptional() @IsIn(BROWSE_SORTS)
  sort?: BrowseSort;

  @ApiPropertyOptional({ enum: MENU_LANGUAGES, description: 'Overrides Accept-Language' })
  @IsOptional() @IsIn(MENU_LANGUAGES)
  lang?: MenuLanguage;
}

/** `?lang=` of a public restaurant or menu. */
export class LanguageQueryRequest {
  @ApiPropertyOptional({ enum: MENU_LANGUAGES, description: 'Overrides Accept-Language' })
  @IsOptional() @IsIn(MENU_LANGUAGES)
  lang?: MenuLanguage;
}

/** A restaurant by UUID or by slug (the path's `:id`). */
export class RestaurantRefParamRequest {
  @ApiProperty({ description: 'UUID or slug' })
  @IsString() @Matches(/^[A-Za-z0-9-]{1,120}$/)
  id: string;
}

/** The restaurant and the language its texts are wanted in, as catalog reads them. */
export class PublicRestaurantRefRequest extends LanguageQueryRequest implements PublicRestaurantRef {
  @IsString() @Matches(/^[A-Za-z0-9-]{1,120}$/)
  id: string;
}
