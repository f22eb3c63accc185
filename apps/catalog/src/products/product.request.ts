import { IsBoolean, IsInt, IsNotEmpty, IsOptional, IsString, IsUrl, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { ProductData } from '@platter/contracts';
import { MAX_PRICE } from '../menu/menu.requests';

/** 001's product fields (camelCase), all optional: an update changes only what it gives. */
export class ProductRequest implements ProductData {
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(200) name?: string;
  @IsOptional() @IsString() @MaxLength(2000) description?: string;
  @IsOptional() @IsInt() @Min(0) @Max(MAX_PRICE) price?: number;
  /** A category name of the menu; a new name creates the category, null leaves the item uncategorized. */
  @ValidateIf((_, v) => v !== undefined && v !== null) @IsString() @IsNotEmpty() @MaxLength(100) category?: string | null;
  @ValidateIf((_, v) => v !== undefined && v !== null) @IsInt() @Min(0) @Max(1_000_000) stockQuantity?: number | null;
  @ValidateIf((_, v) => v !== undefined && v !== null) @IsUrl({ protocols: ['http', 'https'], require_tld: false }) imageUrl?: string | null;
  @IsOptional() @IsBoolean() isActive?: boolean;
}

export class CreateProductRequest extends ProductRequest {
  @IsString() @IsNotEmpty() @MaxLength(200) declare name: string;
  @IsInt() @Min(0) @Max(MAX_PRICE) declare price: number;
}
