import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, IsString, IsUrl, IsUUID, Length, Max, Min, ValidateIf } from 'class-validator';
import { ProductData } from '@platter/contracts';
import { PageQueryDto } from '../../common/dto/page-query.dto';
import { QueryBoolean } from '../../common/dto/query-boolean';

/** 001's product fields (camelCase, as that seed has them); price in the currency's minor unit. */
export class UpdateProductDto implements ProductData {
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 200) name?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(0, 2000) description?: string;
  @ApiPropertyOptional({ description: "integer in the currency's minor unit", minimum: 0 }) @IsOptional() @IsInt() @Min(0) @Max(1_000_000_000) price?: number;
  @ApiPropertyOptional({ description: 'a category name of the menu (created when new)', nullable: true })
  @ValidateIf((_, v) => v !== undefined && v !== null) @IsString() @Length(1, 100) category?: string | null;
  @ApiPropertyOptional({ nullable: true, description: 'null = stock not counted' })
  @ValidateIf((_, v) => v !== undefined && v !== null) @IsInt() @Min(0) @Max(1_000_000) stockQuantity?: number | null;
  @ApiPropertyOptional({ nullable: true }) @ValidateIf((_, v) => v !== undefined && v !== null) @IsUrl({ protocols: ['http', 'https'], require_tld: false }) imageUrl?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() isActive?: boolean;
}

export class CreateProductDto extends UpdateProductDto {
  @ApiProperty({ example: 'Poulet DG' }) @IsString() @Length(1, 200) declare name: string;
  @ApiProperty({ example: 4500, minimum: 0 }) @IsInt() @Min(0) @Max(1_000_000_000) declare price: number;
}

export class ListProductsQueryDto extends PageQueryDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 100) category?: string;
  @ApiPropertyOptional() @IsOptional() @QueryBoolean() @IsBoolean() isActive?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 100) search?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'admins: one restaurant' }) @IsOptional() @IsUUID() restaurantId?: string;
}

export class ProductIdParamDto {
  @ApiProperty({ format: 'uuid' }) @Type(() => String) @IsUUID() productId: string;
}
