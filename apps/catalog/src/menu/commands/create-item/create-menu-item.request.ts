import { IsBoolean, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { CreateMenuItemData } from '@platter/contracts';

export class CreateMenuItemRequest implements CreateMenuItemData {
  @IsString() @IsNotEmpty() @MaxLength(200) name: string;
  /** Minor units of the restaurant's currency: an integer, never a float. */
  @IsInt() @Min(0) @Max(1_000_000_000) price: number;
  @IsOptional() @IsUUID() category_id?: string;
  @IsOptional() @IsString() @MaxLength(2000) description?: string;
  @IsOptional() @IsBoolean() is_available?: boolean;
}
