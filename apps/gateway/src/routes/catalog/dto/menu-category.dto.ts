import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsInt, IsNumber, IsObject, IsOptional, IsString, IsUUID, Length, Max, Min, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import {
  AvailabilityWindow, BulkPriceData, MenuImportData, MenuTranslations, ReorderCategoriesData, SetItemAvailabilityData, UpdateCategoryData,
} from '@platter/contracts';

export class UpdateCategoryDto implements Omit<UpdateCategoryData, 'id'> {
  @ApiPropertyOptional({ example: 'Petit-déjeuner' }) @IsOptional() @IsString() @Length(1, 100) name?: string;
  @ApiPropertyOptional({ example: { en: { name: 'Breakfast' } } }) @IsOptional() @IsObject() translations?: MenuTranslations;
  @ApiPropertyOptional({ example: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '06:00', to: '11:00' }], nullable: true })
  @IsOptional() @IsArray() @IsObject({ each: true }) availability_schedule?: AvailabilityWindow[] | null;
}

export class ReorderCategoriesDto implements ReorderCategoriesData {
  @ApiProperty({ type: [String], description: 'every category of the menu, in the new order' })
  @IsArray() @ArrayMaxSize(200) @ArrayUnique() @IsUUID('all', { each: true }) category_ids: string[];
}

export class ItemAvailabilityDto implements Omit<SetItemAvailabilityData, 'id'> {
  @ApiProperty({ example: false }) @IsBoolean() is_available: boolean;
}

export class ItemPriceDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() item_id: string;
  @ApiProperty({ minimum: 0 }) @IsInt() @Min(0) @Max(1_000_000_000) price: number;
}

export class BulkPriceDto implements BulkPriceData {
  @ApiPropertyOptional({ type: [ItemPriceDto] })
  @IsOptional() @IsArray() @ArrayMaxSize(1000) @ValidateNested({ each: true }) @Type(() => ItemPriceDto) prices?: ItemPriceDto[];
  @ApiPropertyOptional({ description: '+10 raises by 10 %, -5 lowers by 5 %', example: 10 })
  @IsOptional() @IsNumber({ maxDecimalPlaces: 2 }) @Min(-99) @Max(500) percent?: number;
  @ApiPropertyOptional({ type: [String] }) @IsOptional() @IsArray() @ArrayMaxSize(1000) @IsUUID('all', { each: true }) item_ids?: string[];
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() category_id?: string;
}

/** A whole menu; catalog checks every row and answers one detail per bad one (nothing is imported then). */
export class MenuImportDto implements MenuImportData {
  @ApiProperty({ example: [{ name: 'Plats', items: [{ name: 'Ndolé', price: 3500, variants: [{ name: 'Grand', price: 4500 }] }] }] })
  @IsArray() @ArrayMaxSize(100) @IsObject({ each: true }) categories: MenuImportData['categories'];
}
