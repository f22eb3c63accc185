import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { RefreshData } from '@platter/contracts';

export class RefreshDto implements RefreshData {
  @ApiProperty()
  @IsString()
  @Length(1, 512)
  refresh_token: string;

  @ApiPropertyOptional({ description: 'Act for this restaurant from now on (you must be a member)' })
  @IsOptional()
  @IsUUID()
  restaurant_id?: string;
}
