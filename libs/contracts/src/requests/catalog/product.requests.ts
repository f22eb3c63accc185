import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsInt, IsNotEmpty, IsOptional, IsString, IsUrl, IsUUID, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import type { CreateProductData, ListProductsData, ProductData } from '../../rpc/menu';
import { PageRequest, QueryBoolean } from '../common';
import { IsMoneyAmount } from '../field-rules';
import { MAX_PRICE, MAX_STOCK_QUANTITY } from './menu.requests';

const present = (_: object, value: unknown) => value !== undefined && value !== null;

/** /products' fields (camelCase) over a menu item, all optional: an update changes only what it gives. */
export class ProductRequest implements ProductData {
  @ApiPropertyOptional({ maxLength: 200 }) @IsOptional() @IsString() @IsNotEmpty() @MaxLength(200) name?: string;
  @ApiPropertyOptional({ maxLength: 2000 }) @IsOptional() @IsString() @MaxLength(2000) description?: string;
  @IsMoneyAmount({ min: 0, max: MAX_PRICE, optional: true }) price?: number;
  @ApiPropertyOptional({ description: 'a category name of the menu (created when new); null leaves the item uncategorized', nullable: true, maxLength: 100 })
  @ValidateIf(present) @IsString() @IsNotEmpty() @MaxLength(100) category?: string | null;
  @ApiPropertyOptional({ nullable: true, description: 'null = stock not counted', minimum: 0, maximum: MAX_STOCK_QUANTITY })
  @ValidateIf(present) @IsInt() @Min(0) @Max(MAX_STOCK_QUANTITY) stockQuantity?: number | null;
  @ApiPropertyOptional({ nullable: true }) @ValidateIf(present) @IsUrl({ protocols: ['http', 'https'], require_tld: false }) imageUrl?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() isActive?: boolean;
}

/** POST /products. */
export class CreateProductRequest extends ProductRequest implements CreateProductData {
  @ApiProperty({ example: 'Poulet DG', maxLength: 200 }) @IsString() @IsNotEmpty() @MaxLength(200) declare name: string;
  @IsMoneyAmount({ min: 0, max: MAX_PRICE }) declare price: number;
}

/** GET /products. */
export class ListProductsRequest extends PageRequest implements ListProductsData {
  @ApiPropertyOptional({ maxLength: 100 }) @IsOptional() @IsString() @MaxLength(100) category?: string;
  @ApiPropertyOptional() @IsOptional() @QueryBoolean() @IsBoolean() isActive?: boolean;
  @ApiPropertyOptional({ maxLength: 100 }) @IsOptional() @IsString() @MaxLength(100) search?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'admins: one restaurant' }) @IsOptional() @IsUUID() restaurantId?: string;
}

/** /products/:productId. */
export class ProductIdParamRequest {
  @ApiProperty({ format: 'uuid' }) @Type(() => String) @IsUUID() productId: string;
}
