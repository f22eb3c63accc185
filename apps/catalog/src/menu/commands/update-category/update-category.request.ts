import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { UpdateCategoryData } from '@platter/contracts';
import { AvailabilityWindowRequest, TranslationsRequest } from '../../menu.requests';

/** Only the fields given change; an empty or null schedule makes the category always available. */
export class UpdateCategoryRequest implements UpdateCategoryData {
  @IsUUID() id: string;
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(100) name?: string;
  @IsOptional() @ValidateNested() @Type(() => TranslationsRequest) translations?: TranslationsRequest;
  @IsOptional() @IsArray() @ArrayMaxSize(14) @ValidateNested({ each: true }) @Type(() => AvailabilityWindowRequest)
  availability_schedule?: AvailabilityWindowRequest[] | null;
}
