import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, IsUUID, Length, Max, Min, ValidateIf } from 'class-validator';
import { UpdateMenuItemData } from '@platter/contracts';
import { MenuItemDetailsDto } from './menu-item-details.dto';

/** Only the fields given change; variants / modifier_groups, when given, replace the item's lists. */
export class UpdateMenuItemDto extends MenuItemDetailsDto implements Omit<UpdateMenuItemData, 'id'> {
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 200) name?: string;
  @ApiPropertyOptional({ minimum: 0 }) @IsOptional() @IsInt() @Min(0) @Max(1_000_000_000) price?: number;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, description: 'null takes the item out of its category' })
  @ValidateIf((_, v) => v !== undefined && v !== null) @IsUUID() category_id?: string | null;
}
