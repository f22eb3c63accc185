import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { CreateMenuItemData } from '@platter/contracts';
import { MenuItemDetailsDto } from './menu-item-details.dto';

export class CreateMenuItemDto extends MenuItemDetailsDto implements CreateMenuItemData {
  @ApiProperty({ example: 'Ndolé' })
  @IsString()
  @Length(1, 200)
  name: string;

  @ApiProperty({ description: "integer in the currency's minor unit (XAF has none)", example: 2500, minimum: 0 })
  @IsInt()
  @Min(0)
  @Max(1_000_000_000)
  price: number;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  category_id?: string;
}
