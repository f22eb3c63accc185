import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsNumber, IsOptional, IsString, Length, Matches, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { BROWSE_SORTS, BrowseSort, MENU_LANGUAGES, MenuLanguage } from '@platter/contracts';
import { PageQueryDto } from '../../common/dto/page-query.dto';
import { QueryBoolean } from '../../common/dto/query-boolean';

/** `?cuisine=cameroonian,french` or repeated `?cuisine=a&cuisine=b`. */
function commaList({ value }: { value: unknown }): unknown {
  const values = Array.isArray(value) ? value : [value];
  return values.flatMap((v) => (typeof v === 'string' ? v.split(',') : [v])).map((v) => (typeof v === 'string' ? v.trim() : v)).filter((v) => v !== '');
}

/** A query coordinate as a number; an empty `?lat=` is not 0 (Number('') would say it is). */
function coordinate({ value }: { value: unknown }): unknown {
  if (value === undefined) return undefined;
  return typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
}

const needsPoint = (o: PublicRestaurantsQueryDto) => o.lat !== undefined || o.lng !== undefined || o.delivers === true || o.sort === 'distance';

/** GET /public/restaurants: search, filters, sort and page. */
export class PublicRestaurantsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Fuzzy search over restaurant and dish names (accents and small typos forgiven)', maxLength: 100 })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @Length(1, 100)
  q?: string;

  @ApiPropertyOptional({ description: 'Cuisine tags, comma-separated: any of them matches', type: String })
  @IsOptional()
  @Transform(commaList)
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(50, { each: true })
  cuisine?: string[];

  @ApiPropertyOptional({ description: 'Only restaurants open right now (their hours, in their timezone)' })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  open_now?: boolean;

  @ApiPropertyOptional({ description: "The customer's latitude (with lng): distances are measured from it" })
  @ValidateIf(needsPoint)
  @Transform(coordinate)
  @IsNumber()
  @Min(-90)
  @Max(90)
  lat?: number;

  @ApiPropertyOptional({ description: "The customer's longitude (with lat)" })
  @ValidateIf(needsPoint)
  @Transform(coordinate)
  @IsNumber()
  @Min(-180)
  @Max(180)
  lng?: number;

  @ApiPropertyOptional({ description: 'With lat/lng: only restaurants delivering to that point' })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  delivers?: boolean;

  @ApiPropertyOptional({ enum: BROWSE_SORTS, description: 'Default: relevance when searching, distance with a point, else name' })
  @IsOptional()
  @IsIn(BROWSE_SORTS)
  sort?: BrowseSort;

  @ApiPropertyOptional({ enum: MENU_LANGUAGES, description: 'Overrides Accept-Language' })
  @IsOptional()
  @IsIn(MENU_LANGUAGES)
  lang?: MenuLanguage;
}

/** A restaurant by UUID or by slug. */
export class RestaurantRefParamDto {
  @ApiPropertyOptional({ description: 'UUID or slug' })
  @IsString()
  @Matches(/^[A-Za-z0-9-]{1,120}$/)
  id: string;
}

export class LanguageQueryDto {
  @ApiPropertyOptional({ enum: MENU_LANGUAGES, description: 'Overrides Accept-Language' })
  @IsOptional()
  @IsIn(MENU_LANGUAGES)
  lang?: MenuLanguage;
}
