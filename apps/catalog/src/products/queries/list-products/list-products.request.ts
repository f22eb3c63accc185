import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { ListProductsData } from '@platter/contracts';
import { PageRequest } from '@platter/service-kit';

export class ListProductsRequest extends PageRequest implements ListProductsData {
  @IsOptional() @IsString() @MaxLength(100) category?: string;
  @IsOptional() @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value)) @IsBoolean() isActive?: boolean;
  @IsOptional() @IsString() @MaxLength(100) search?: string;
  @IsOptional() @IsUUID() restaurantId?: string;
}
