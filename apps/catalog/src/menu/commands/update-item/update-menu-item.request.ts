import { IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { UpdateMenuItemData } from '@platter/contracts';
import { MAX_PRICE, MenuItemDetailsRequest } from '../../menu.requests';

/** Only the fields given change; variants / modifier_groups, when given, replace the item's lists. */
export class UpdateMenuItemRequest extends MenuItemDetailsRequest implements UpdateMenuItemData {
  @IsUUID() id: string;
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(200) name?: string;
  @IsOptional() @IsInt() @Min(0) @Max(MAX_PRICE) price?: number;
  /** null takes the item out of its category. */
  @ValidateIf((_, value) => value !== undefined && value !== null) @IsUUID() category_id?: string | null;
}
