import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsInt, IsNumber, IsOptional, IsUUID, Max, Min, ValidateNested } from 'class-validator';
import { BulkPriceData } from '@platter/contracts';
import { MAX_PRICE } from '../../menu.requests';

export class ItemPriceRequest {
  @IsUUID() item_id: string;
  @IsInt() @Min(0) @Max(MAX_PRICE) price: number;
}

/** Either `prices`, or `percent` applied to `item_ids`, to a `category_id`, or (neither given) to the whole menu. */
export class BulkUpdatePricesRequest implements BulkPriceData {
  @IsOptional() @IsArray() @ArrayMinSize(1) @ArrayMaxSize(1000) @ValidateNested({ each: true }) @Type(() => ItemPriceRequest)
  prices?: ItemPriceRequest[];
  /** +10 raises by 10 %, -5 lowers by 5 %; at most two decimals. */
  @IsOptional() @IsNumber({ maxDecimalPlaces: 2 }) @Min(-99) @Max(500) percent?: number;
  @IsOptional() @IsArray() @ArrayMinSize(1) @ArrayMaxSize(1000) @ArrayUnique() @IsUUID('all', { each: true }) item_ids?: string[];
  @IsOptional() @IsUUID() category_id?: string;
}
