import { IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { CreateMenuItemData } from '@platter/contracts';
import { MAX_PRICE, MenuItemDetailsRequest } from '../../menu.requests';

export class CreateMenuItemRequest extends MenuItemDetailsRequest implements CreateMenuItemData {
  @IsString() @IsNotEmpty() @MaxLength(200) name: string;
  /** Minor units of the restaurant's currency: an integer, never a float. The base price when there are no variants. */
  @IsInt() @Min(0) @Max(MAX_PRICE) price: number;
  @IsOptional() @IsUUID() category_id?: string;
}
