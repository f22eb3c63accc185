import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { MenuImportData } from '@platter/contracts';
import { AvailabilityWindowRequest, MAX_PRICE, MenuItemDetailsRequest, TranslationsRequest } from '../../menu.requests';

export class ImportItemRequest extends MenuItemDetailsRequest {
  @IsString() @IsNotEmpty() @MaxLength(200) name: string;
  @IsInt() @Min(0) @Max(MAX_PRICE) price: number;
}

export class ImportCategoryRequest {
  @IsString() @IsNotEmpty() @MaxLength(100) name: string;
  @IsOptional() @ValidateNested() @Type(() => TranslationsRequest) translations?: TranslationsRequest;
  @IsOptional() @IsArray() @ArrayMaxSize(14) @ValidateNested({ each: true }) @Type(() => AvailabilityWindowRequest)
  availability_schedule?: AvailabilityWindowRequest[] | null;
  @IsArray() @ArrayMaxSize(500) @ValidateNested({ each: true }) @Type(() => ImportItemRequest) items: ImportItemRequest[];
}

/** A whole menu as one JSON document: categories, each with its items, their variants and modifier groups. */
export class ImportMenuRequest implements MenuImportData {
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => ImportCategoryRequest)
  categories: ImportCategoryRequest[];
}
