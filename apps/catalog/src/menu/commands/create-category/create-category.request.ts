import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsNotEmpty, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { CreateCategoryData } from '@platter/contracts';
import { AvailabilityWindowRequest, TranslationsRequest } from '../../menu.requests';

export class CreateCategoryRequest implements CreateCategoryData {
  @IsString() @IsNotEmpty() @MaxLength(100) name: string;
  @IsOptional() @ValidateNested() @Type(() => TranslationsRequest) translations?: TranslationsRequest;
  @IsOptional() @IsArray() @ArrayMaxSize(14) @ValidateNested({ each: true }) @Type(() => AvailabilityWindowRequest)
  availability_schedule?: AvailabilityWindowRequest[] | null;
}
